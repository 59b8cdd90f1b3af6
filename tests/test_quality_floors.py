"""The loader's figures on the held-out, unseen and independent development pages,
held as floors.

Each set was laid out by a composer of its own; the figures were measured
when the floors were set and the floors sit 0.02 under them. Raise them as
segmentation improves; never lower them to let a change through.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
from pathlib import Path

import pytest

from hnreader.corpus import load
from hnreader.corpus.export import to_json

TESTS = Path(__file__).parent
FIGURES = ("seg_f1", "headline_acc", "byline_acc", "title_acc")
FLOORS = {
    # (lowered once, from 0.97 / 0.95 / 0.96, when the paragraph assignment
    # replaced the hand-written rules for re-joining cut paragraphs: those had
    # been written from this set's failures; the sets no rule was written on
    # gained, see the README's quality section)
    # (title_acc lowered once, from 0.84 and 0.89, when a two-line stack with no
    # cue became a kicker over its title: these two composers set such stacks
    # as title and subtitle, the eighteen independent sets as kicker and title,
    # about three to one; title_acc summed over all sets rose by 3.0)
    "holdout": dict(zip(FIGURES, (0.98, 0.97, 0.98, 0.80), strict=True)),  # 1.000 0.990 1.000 0.820
    "unseen": dict(zip(FIGURES, (0.96, 0.96, 0.96, 0.84), strict=True)),  # 0.974 0.982 0.984 0.866
    "dev_a": dict(zip(FIGURES, (0.93, 0.91, 0.93, 0.88), strict=True)),  # 0.952 0.932 0.956 0.909
    "dev_b": dict(zip(FIGURES, (0.94, 0.90, 0.93, 0.84), strict=True)),  # 0.960 0.923 0.958 0.864
    "dev_d": dict(zip(FIGURES, (0.95, 0.93, 0.94, 0.89), strict=True)),  # 0.974 0.957 0.962 0.919
    "dev_e": dict(zip(FIGURES, (0.95, 0.93, 0.93, 0.80), strict=True)),  # 0.978 0.952 0.956 0.820
    "dev_f": dict(zip(FIGURES, (0.94, 0.87, 0.93, 0.86), strict=True)),  # 0.958 0.891 0.955 0.880
    "dev_g": dict(zip(FIGURES, (0.92, 0.86, 0.90, 0.79), strict=True)),  # 0.942 0.889 0.913 0.820
    "dev_h": dict(zip(FIGURES, (0.95, 0.90, 0.91, 0.80), strict=True)),  # 0.973 0.925 0.932 0.824
    "dev_i": dict(zip(FIGURES, (0.95, 0.92, 0.93, 0.90), strict=True)),  # 0.978 0.941 0.958 0.912
    # (measured blind on arrival at 0.849 / 0.724 / 0.648 / 0.747)
    "dev_j": dict(zip(FIGURES, (0.93, 0.87, 0.88, 0.86), strict=True)),  # 0.953 0.893 0.901 0.884
    # (measured blind on arrival at 0.900 / 0.859 / 0.762 / 0.703)
    "dev_k": dict(zip(FIGURES, (0.95, 0.95, 0.90, 0.87), strict=True)),  # 0.978 0.977 0.929 0.891
    # (measured blind on arrival at 0.877 / 0.740 / 0.694 / 0.622)
    "dev_l": dict(zip(FIGURES, (0.93, 0.90, 0.86, 0.81), strict=True)),  # 0.957 0.921 0.889 0.835
    # (measured blind on arrival at 0.820 / 0.809 / 0.804 / 0.643)
    "dev_m": dict(zip(FIGURES, (0.88, 0.87, 0.88, 0.80), strict=True)),  # 0.897 0.885 0.902 0.828
    # (measured blind on arrival at 0.947 / 0.891 / 0.875 / 0.739)
    "dev_n": dict(zip(FIGURES, (0.95, 0.93, 0.90, 0.84), strict=True)),  # 0.966 0.945 0.929 0.855
    # (measured blind on arrival at 0.835 / 0.814 / 0.817 / 0.584)
    "dev_o": dict(zip(FIGURES, (0.89, 0.89, 0.91, 0.80), strict=True)),  # 0.920 0.919 0.933 0.826
    # (measured blind on arrival at 0.981 / 0.940 / 0.940 / 0.645)
    "dev_p": dict(zip(FIGURES, (0.97, 0.97, 0.98, 0.81), strict=True)),  # 0.992 0.988 0.985 0.831
    # (measured blind on arrival at 0.947 / 0.855 / 0.927 / 0.552, and since
    # in aggregate only: no rule was written from its pages)
    "dev_q": dict(zip(FIGURES, (0.95, 0.92, 0.94, 0.78), strict=True)),  # 0.979 0.945 0.964 0.806
    # (measured blind on arrival at 0.942 / 0.871 / 0.891 / 0.667, at the end of
    # the round that received it)
    "dev_r": dict(zip(FIGURES, (0.96, 0.95, 0.96, 0.88), strict=True)),  # 0.988 0.973 0.982 0.905
    # (measured blind on arrival at 0.959 / 0.901 / 0.922 / 0.626; 0.946 / 0.893 /
    # 0.902 / 0.611 with the segmenter of the round's start; its failures read at
    # the round's end)
    "dev_s": dict(zip(FIGURES, (0.95, 0.94, 0.92, 0.75), strict=True)),  # 0.978 0.969 0.941 0.763
    # (measured blind on arrival at 0.922 / 0.898 / 0.871 / 0.633, the same
    # with the segmenter of the round's start and of its end; its failures read
    # in the next round)
    "dev_t": dict(zip(FIGURES, (0.95, 0.95, 0.88, 0.90), strict=True)),  # 0.973 0.980 0.903 0.925
    # (measured blind on arrival at 0.949 / 0.918 / 0.918 / 0.765, the same with
    # the segmenter of the round's start; its failures read in the next round)
    "dev_u": dict(zip(FIGURES, (0.97, 0.94, 0.93, 0.86), strict=True)),  # 0.991 0.969 0.959 0.883
    # (measured blind on arrival at 0.944 / 0.921 / 0.909 / 0.547, the same with
    # the segmenter of the round's start; its failures read in the next round)
    "dev_v": dict(zip(FIGURES, (0.96, 0.95, 0.93, 0.89), strict=True)),  # 0.986 0.975 0.955 0.911
    # (measured blind on arrival at 0.932 / 0.903 / 0.919 / 0.842; 0.915 / 0.898 /
    # 0.903 / 0.837 with the segmenter of the round's start; its failures read in
    # the next round)
    # (title_acc lowered, from 0.87, when two lines each a headline line wide
    # became two pieces and a figure line over one opening on its own figure a
    # kicker: this set's writer set some such stacks as one title or as title
    # and subtitle, the read sets as kicker and title, about two to one;
    # title_acc summed over the read sets rose by 0.85 with the round's rules)
    "dev_w": dict(zip(FIGURES, (0.96, 0.94, 0.96, 0.84), strict=True)),  # 0.984 0.969 0.984 0.867
    # (measured blind on arrival at 0.990 / 0.950 / 0.960 / 0.628; 0.987 / 0.950 /
    # 0.960 / 0.628 with the segmenter of the round's start; its failures read in
    # the next round)
    "dev_x": dict(zip(FIGURES, (0.97, 0.93, 0.94, 0.88), strict=True)),  # 0.980 0.956 0.960 0.900
    # (measured blind on arrival at 0.907 / 0.897 / 0.947 / 0.542; 0.901 / 0.897 /
    # 0.947 / 0.542 with the segmenter of the round's start; its failures read in
    # the next round)
    "dev_y": dict(zip(FIGURES, (0.97, 0.96, 0.98, 0.89), strict=True)),  # 0.973 0.966 1.000 0.911
    # (measured blind on arrival at 0.955 / 0.889 / 0.909 / 0.763, the same with
    # the segmenter of the round's start)
    "dev_za": dict(zip(FIGURES, (0.96, 0.92, 0.94, 0.78), strict=True)),  # 0.986 0.944 0.970 0.803
    # (measured blind on arrival at 0.907 / 0.838 / 0.785 / 0.657; 0.913 / 0.838 /
    # 0.796 / 0.657 with the segmenter of the round's start; its failures read
    # in the same round)
    "dev_zb": dict(zip(FIGURES, (0.97, 0.95, 0.98, 0.84), strict=True)),  # 0.998 0.972 1.000 0.861
    # (measured blind on arrival at 0.920 / 0.869 / 0.873 / 0.717, the same with
    # the segmenter of the round's start; its failures read a round later)
    "dev_zc": dict(zip(FIGURES, (0.97, 0.93, 0.98, 0.88), strict=True)),  # 0.991 0.949 1.000 0.904
    # (measured blind on arrival at 0.976 / 0.919 / 0.968 / 0.555, the same with
    # the segmenter of the round's start)
    "dev_zd": dict(zip(FIGURES, (0.96, 0.92, 0.94, 0.82), strict=True)),  # 0.984 0.948 0.968 0.838
    # (measured blind on arrival at 0.930 / 0.857 / 0.843 / 0.771; 0.930 / 0.852 /
    # 0.843 / 0.771 with the segmenter of the round's start)
    "dev_ze": dict(zip(FIGURES, (0.94, 0.88, 0.87, 0.85), strict=True)),  # 0.961 0.905 0.899 0.876
    # (measured blind on arrival at 0.923 / 0.880 / 0.840 / 0.641, the same with
    # the segmenter of the round's start; its failures read at that round's end,
    # rules written from them in the next)
    "dev_zf": dict(zip(FIGURES, (0.93, 0.90, 0.88, 0.88), strict=True)),  # 0.950 0.927 0.900 0.901
    # (measured blind on arrival at 0.914 / 0.800 / 0.788 / 0.411, the same with
    # the segmenter of the round's start)
    "dev_zg": dict(zip(FIGURES, (0.94, 0.86, 0.94, 0.70), strict=True)),  # 0.967 0.886 0.962 0.719
    # (measured blind on arrival at 0.904 / 0.760 / 0.833 / 0.548, the same with
    # the segmenter of the round's start; its failures read in the same round)
    "dev_zh": dict(zip(FIGURES, (0.97, 0.93, 0.95, 0.89), strict=True)),  # 0.993 0.956 0.979 0.911
    # (measured blind on arrival at 0.938 / 0.889 / 0.913 / 0.596, the same with
    # the segmenter of the round's start)
    "dev_zi": dict(zip(FIGURES, (0.95, 0.90, 0.93, 0.81), strict=True)),  # 0.970 0.930 0.957 0.836
    # (measured blind on arrival at 0.956 / 0.869 / 0.906 / 0.812 with the
    # segmenter of the round's start)
    "dev_zj": dict(zip(FIGURES, (0.95, 0.91, 0.93, 0.83), strict=True)),  # 0.976 0.931 0.953 0.850
    # (measured blind on arrival at 0.936 / 0.886 / 0.845 / 0.639 with the
    # segmenter of the round's start)
    "dev_zk": dict(zip(FIGURES, (0.95, 0.91, 0.92, 0.79), strict=True)),  # 0.969 0.928 0.944 0.819
    # (measured blind on arrival at 0.873 / 0.756 / 0.809 / 0.652 with the
    # segmenter of the round's start; its failures read in the same round)
    "dev_zl": dict(zip(FIGURES, (0.92, 0.88, 0.89, 0.80), strict=True)),  # 0.944 0.902 0.912 0.823
    # (measured blind on arrival at 0.896 / 0.750 / 0.776 / 0.567 with the
    # segmenter of the round's start)
    "dev_zm": dict(zip(FIGURES, (0.93, 0.84, 0.91, 0.69), strict=True)),  # 0.950 0.866 0.931 0.720
    # (measured blind on arrival at 0.934 / 0.861 / 0.921 / 0.561; 0.934 / 0.855 /
    # 0.921 / 0.555 with the segmenter of the round's start; its failures read in
    # the same round)
    "dev_zn": dict(zip(FIGURES, (0.95, 0.95, 0.94, 0.71), strict=True)),  # 0.971 0.971 0.952 0.740
    # (measured blind on arrival at 0.905 / 0.840 / 0.791 / 0.695, the same with
    # the segmenter of the round's start)
    "dev_zo": dict(zip(FIGURES, (0.92, 0.90, 0.84, 0.83), strict=True)),  # 0.947 0.925 0.866 0.856
    # (measured blind on arrival at 0.926 / 0.881 / 0.794 / 0.661; 0.926 / 0.881 /
    # 0.794 / 0.655 with the segmenter of the round's start)
    "dev_zp": dict(zip(FIGURES, (0.93, 0.92, 0.90, 0.77), strict=True)),  # 0.957 0.940 0.921 0.792
    # (measured blind on arrival at 0.960 / 0.890 / 0.900 / 0.755, the same with
    # the segmenter of the round's start; its failures read in the same round)
    "dev_zq": dict(zip(FIGURES, (0.97, 0.94, 0.95, 0.85), strict=True)),  # 0.981 0.955 0.975 0.871
    # (measured blind on arrival at 0.902 / 0.775 / 0.189 / 0.713; 0.896 / 0.769 /
    # 0.189 / 0.700 with the segmenter of the previous round's start; its bylines
    # and failures read in the same round)
    "dev_zr": dict(zip(FIGURES, (0.92, 0.90, 0.84, 0.83), strict=True)),  # 0.948 0.925 0.865 0.856
    # (measured blind on arrival at 0.925 / 0.887 / 0.926 / 0.792, the same with
    # the segmenter of the round's start)
    "dev_zs": dict(zip(FIGURES, (0.91, 0.87, 0.92, 0.82), strict=True)),  # 0.936 0.899 0.944 0.849
    # (measured blind on arrival at 0.989 / 0.902 / 0.967 / 0.834; 0.977 / 0.896 /
    # 0.934 / 0.822 with the segmenter of the round's start)
    "dev_zt": dict(zip(FIGURES, (0.97, 0.95, 0.96, 0.90), strict=True)),  # 0.986 0.975 0.967 0.926
    # (measured blind on arrival at 0.905 / 0.792 / 0.833 / 0.708; its failures
    # read in the same round and the next)
    "dev_zu": dict(zip(FIGURES, (0.95, 0.94, 0.98, 0.87), strict=True)),  # 0.978 0.961 1.000 0.896
    # (measured blind on arrival at 0.927 / 0.859 / 0.818 / 0.731)
    "dev_zv": dict(zip(FIGURES, (0.94, 0.89, 0.88, 0.77), strict=True)),  # 0.963 0.910 0.909 0.795
    # (measured blind on arrival at 0.962 / 0.921 / 0.897 / 0.879 with the segmenter
    # of the round's start; 0.965 / 0.927 / 0.897 / 0.885 with the round's first rules)
    "dev_zw": dict(zip(FIGURES, (0.95, 0.94, 0.91, 0.91), strict=True)),  # 0.974 0.964 0.931 0.939
    # (measured blind on arrival at 0.816 / 0.747 / 0.719 / 0.695; its failures
    # read in the same round)
    "dev_zx": dict(zip(FIGURES, (0.91, 0.91, 0.87, 0.86), strict=True)),  # 0.933 0.929 0.891 0.883
    # (measured on arrival at 0.832 / 0.792 / 0.780 / 0.757, the same with the
    # segmenter of the round's start; its failures read in the same round)
    "dev_zy": dict(zip(FIGURES, (0.92, 0.92, 0.89, 0.86), strict=True)),  # 0.948 0.944 0.915 0.889
    # (measured blind on arrival at 0.897 / 0.813 / 0.825 / 0.687, the same with
    # the segmenter of the round's start)
    "dev_zz": dict(zip(FIGURES, (0.90, 0.84, 0.88, 0.78), strict=True)),  # 0.926 0.860 0.900 0.807
    # (measured on arrival at 0.788 / 0.725 / 0.647 / 0.641, the same with the
    # segmenter of the round's start; its failures read in the same round)
    "dev_ya": dict(zip(FIGURES, (0.90, 0.88, 0.89, 0.81), strict=True)),  # 0.922 0.901 0.912 0.831
    # (measured blind on arrival at 0.895 / 0.880 / 0.683 / 0.767, the same with
    # the segmenter of the round's start)
    "dev_yb": dict(zip(FIGURES, (0.93, 0.92, 0.76, 0.82), strict=True)),  # 0.951 0.947 0.780 0.847
    # (measured on arrival at 0.774 / 0.673 / 0.566 / 0.585, the same with the
    # segmenter of the round's start; its failures read in the same round)
    "dev_yc": dict(zip(FIGURES, (0.92, 0.91, 0.86, 0.85), strict=True)),  # 0.949 0.937 0.887 0.874
    # (measured blind on arrival at 0.747 / 0.696 / 0.619 / 0.609; 0.735 / 0.683 with
    # the segmenter of the round's start; read since)
    "dev_yd": dict(zip(FIGURES, (0.83, 0.79, 0.72, 0.72), strict=True)),  # 0.854 0.814 0.746 0.745
    # (measured blind on arrival at 0.761 / 0.689 / 0.607 / 0.575; 0.751 / 0.683 with
    # the segmenter of the round's start)
    "dev_ye": dict(zip(FIGURES, (0.76, 0.74, 0.69, 0.66), strict=True)),  # 0.789 0.754 0.714 0.677
    "dev_yf": dict(zip(FIGURES, (0.94, 0.88, 0.94, 0.86), strict=True)),  # 0.961 0.901 0.967 0.883
    "dev_yg": dict(zip(FIGURES, (0.92, 0.85, 0.89, 0.81), strict=True)),  # 0.941 0.874 0.915 0.832
    "dev_yh": dict(zip(FIGURES, (0.92, 0.91, 0.82, 0.87), strict=True)),  # 0.945 0.938 0.843 0.894
    # (the three below the same on arrival and with the segmenter of the round's start)
    "dev_yi": dict(zip(FIGURES, (0.94, 0.93, 0.92, 0.85), strict=True)),  # 0.970 0.951 0.941 0.877
    "dev_yj": dict(zip(FIGURES, (0.87, 0.85, 0.86, 0.82), strict=True)),  # 0.896 0.875 0.880 0.844
    "dev_yk": dict(zip(FIGURES, (0.87, 0.77, 0.84, 0.75), strict=True)),  # 0.897 0.797 0.865 0.777
    "dev_yl": dict(zip(FIGURES, (0.90, 0.86, 0.90, 0.82), strict=True)),  # 0.923 0.888 0.929 0.849
    "dev_ym": dict(zip(FIGURES, (0.96, 0.93, 0.95, 0.83), strict=True)),  # 0.985 0.950 0.979 0.857
    "dev_yn": dict(zip(FIGURES, (0.93, 0.70, 0.72, 0.73), strict=True)),  # 0.957 0.730 0.745 0.759
    # (the three below the same on arrival and with the segmenter of the round's start)
    "dev_yo": dict(zip(FIGURES, (0.91, 0.89, 0.91, 0.87), strict=True)),  # 0.938 0.911 0.932 0.899
    "dev_yp": dict(zip(FIGURES, (0.92, 0.90, 0.88, 0.83), strict=True)),  # 0.942 0.929 0.901 0.858
    "dev_yq": dict(zip(FIGURES, (0.92, 0.89, 0.85, 0.73), strict=True)),  # 0.948 0.918 0.871 0.759
    "dev_yr": dict(zip(FIGURES, (0.95, 0.92, 0.89, 0.83), strict=True)),  # 0.978 0.949 0.917 0.859
    "dev_ys": dict(zip(FIGURES, (0.93, 0.88, 0.91, 0.85), strict=True)),  # 0.955 0.908 0.934 0.871
    "dev_yt": dict(zip(FIGURES, (0.96, 0.88, 0.96, 0.73), strict=True)),  # 0.985 0.906 0.981 0.756
    "dev_yu": dict(zip(FIGURES, (0.96, 0.93, 0.96, 0.83), strict=True)),  # 0.985 0.952 0.982 0.850
    "dev_yv": dict(zip(FIGURES, (0.95, 0.92, 0.95, 0.85), strict=True)),  # 0.976 0.942 0.977 0.877
    # (the one below the same on arrival and with the segmenter of the round's start)
    "dev_yw": dict(zip(FIGURES, (0.87, 0.83, 0.72, 0.73), strict=True)),  # 0.883 0.849 0.742 0.747
    "dev_yx": dict(zip(FIGURES, (0.93, 0.91, 0.93, 0.85), strict=True)),  # 0.956 0.933 0.957 0.874
    "dev_yy": dict(zip(FIGURES, (0.92, 0.90, 0.92, 0.82), strict=True)),  # 0.940 0.921 0.944 0.841
    # (the one below blind: no rule was written from it)
    "dev_yz": dict(zip(FIGURES, (0.80, 0.77, 0.60, 0.74), strict=True)),  # 0.830 0.795 0.627 0.764
    "dev_xa": dict(zip(FIGURES, (0.95, 0.93, 0.93, 0.91), strict=True)),  # 0.979 0.950 0.956 0.938
    "dev_xb": dict(zip(FIGURES, (0.93, 0.90, 0.94, 0.65), strict=True)),  # 0.955 0.925 0.961 0.673
    # (the one below blind: no rule was written from it)
    "dev_xc": dict(zip(FIGURES, (0.93, 0.92, 0.94, 0.83), strict=True)),  # 0.958 0.946 0.961 0.855
    "dev_xd": dict(zip(FIGURES, (0.91, 0.91, 0.89, 0.75), strict=True)),  # 0.933 0.934 0.918 0.776
    "dev_xe": dict(zip(FIGURES, (0.95, 0.93, 0.94, 0.88), strict=True)),  # 0.972 0.959 0.960 0.906
    # (the one below blind: no rule was written from it)
    "dev_xf": dict(zip(FIGURES, (0.90, 0.84, 0.91, 0.82), strict=True)),  # 0.921 0.864 0.935 0.840
    # (the one below blind: no rule was written from it)
    "dev_xg": dict(zip(FIGURES, (0.95, 0.93, 0.93, 0.89), strict=True)),  # 0.978 0.960 0.959 0.913
    "dev_xh": dict(zip(FIGURES, (0.92, 0.88, 0.89, 0.86), strict=True)),  # 0.942 0.902 0.913 0.890
    # (the one below blind: no rule was written from it)
    "dev_xi": dict(zip(FIGURES, (0.88, 0.80, 0.82, 0.69), strict=True)),  # 0.907 0.821 0.849 0.718
    "dev_xj": dict(zip(FIGURES, (0.95, 0.95, 0.94, 0.90), strict=True)),  # 0.977 0.976 0.965 0.927
    # (the one below blind: no rule was written from it)
    "dev_xk": dict(zip(FIGURES, (0.86, 0.82, 0.92, 0.70), strict=True)),  # 0.889 0.848 0.942 0.728
    "dev_xl": dict(zip(FIGURES, (0.90, 0.84, 0.89, 0.78), strict=True)),  # 0.921 0.868 0.912 0.808
    # (the one below blind: no rule was written from it)
    "dev_xm": dict(zip(FIGURES, (0.98, 0.90, 0.98, 0.82), strict=True)),  # 1.000 0.921 1.000 0.842
    "dev_xn": dict(zip(FIGURES, (0.91, 0.88, 0.85, 0.83), strict=True)),  # 0.925 0.891 0.870 0.848
    # (the one below blind: no rule was written from it)
    "dev_xo": dict(zip(FIGURES, (0.89, 0.79, 0.79, 0.75), strict=True)),  # 0.914 0.818 0.812 0.770
    "dev_xp": dict(zip(FIGURES, (0.91, 0.84, 0.78, 0.80), strict=True)),  # 0.932 0.864 0.804 0.822
    # (the one below blind: no rule was written from it)
    "dev_xq": dict(zip(FIGURES, (0.92, 0.85, 0.91, 0.85), strict=True)),  # 0.949 0.877 0.931 0.870
    "dev_xr": dict(zip(FIGURES, (0.94, 0.91, 0.88, 0.84), strict=True)),  # 0.969 0.937 0.907 0.868
    # (the one below blind: no rule was written from it)
    "dev_xs": dict(zip(FIGURES, (0.94, 0.90, 0.84, 0.87), strict=True)),  # 0.960 0.929 0.864 0.893
    "dev_xt": dict(zip(FIGURES, (0.92, 0.89, 0.91, 0.81), strict=True)),  # 0.940 0.914 0.938 0.834
    # (the one below blind: no rule was written from it)
    "dev_xu": dict(zip(FIGURES, (0.93, 0.89, 0.93, 0.83), strict=True)),  # 0.948 0.914 0.958 0.857
    "dev_xv": dict(zip(FIGURES, (0.92, 0.90, 0.93, 0.84), strict=True)),  # 0.944 0.926 0.959 0.863
    "dev_xw": dict(zip(FIGURES, (0.91, 0.84, 0.94, 0.82), strict=True)),  # 0.937 0.861 0.966 0.848
    "dev_xx": dict(zip(FIGURES, (0.96, 0.92, 0.90, 0.88), strict=True)),  # 0.981 0.948 0.927 0.902
    # (the one below blind: no rule was written from it)
    "dev_xy": dict(zip(FIGURES, (0.87, 0.85, 0.79, 0.82), strict=True)),  # 0.895 0.870 0.812 0.846
    "dev_xz": dict(zip(FIGURES, (0.86, 0.85, 0.79, 0.82), strict=True)),  # 0.882 0.873 0.816 0.842
    # (the one below blind: no rule was written from it)
    "dev_wa": dict(zip(FIGURES, (0.83, 0.79, 0.86, 0.78), strict=True)),  # 0.853 0.819 0.883 0.806
    "dev_wb": dict(zip(FIGURES, (0.92, 0.90, 0.83, 0.78), strict=True)),  # 0.942 0.926 0.857 0.810
    "dev_wc": dict(zip(FIGURES, (0.95, 0.93, 0.81, 0.80), strict=True)),  # 0.971 0.958 0.833 0.824
    "dev_wd": dict(zip(FIGURES, (0.92, 0.89, 0.90, 0.82), strict=True)),  # 0.943 0.916 0.920 0.844
    "dev_we": dict(zip(FIGURES, (0.89, 0.81, 0.84, 0.79), strict=True)),  # 0.916 0.840 0.870 0.814
    "dev_wf": dict(zip(FIGURES, (0.94, 0.89, 0.98, 0.87), strict=True)),  # 0.958 0.910 1.000 0.890
    "dev_wg": dict(zip(FIGURES, (0.89, 0.83, 0.85, 0.81), strict=True)),  # 0.919 0.855 0.871 0.830
    "dev_wh": dict(zip(FIGURES, (0.95, 0.95, 0.91, 0.90), strict=True)),  # 0.971 0.976 0.936 0.928
    "dev_wi": dict(zip(FIGURES, (0.95, 0.92, 0.95, 0.87), strict=True)),  # 0.975 0.943 0.977 0.892
    "dev_wj": dict(zip(FIGURES, (0.92, 0.88, 0.86, 0.82), strict=True)),  # 0.946 0.904 0.885 0.842
    "dev_wk": dict(zip(FIGURES, (0.90, 0.89, 0.63, 0.84), strict=True)),  # 0.929 0.914 0.654 0.863
    "dev_wl": dict(zip(FIGURES, (0.93, 0.89, 0.98, 0.84), strict=True)),  # 0.960 0.916 1.000 0.864
    "dev_wm": dict(zip(FIGURES, (0.94, 0.90, 0.91, 0.87), strict=True)),  # 0.970 0.923 0.938 0.899
    "dev_wn": dict(zip(FIGURES, (0.93, 0.88, 0.89, 0.75), strict=True)),  # 0.953 0.903 0.917 0.778
    "dev_wo": dict(zip(FIGURES, (0.95, 0.94, 0.91, 0.85), strict=True)),  # 0.979 0.962 0.939 0.862
    "dev_wp": dict(zip(FIGURES, (0.95, 0.95, 0.91, 0.92), strict=True)),  # 0.972 0.977 0.932 0.942
    "dev_wq": dict(zip(FIGURES, (0.94, 0.91, 0.90, 0.86), strict=True)),  # 0.968 0.935 0.929 0.890
    "dev_wr": dict(zip(FIGURES, (0.97, 0.95, 0.95, 0.82), strict=True)),  # 0.991 0.975 0.953 0.846
    "dev_ws": dict(zip(FIGURES, (0.90, 0.86, 0.73, 0.83), strict=True)),  # 0.921 0.885 0.750 0.859
    "dev_wt": dict(zip(FIGURES, (0.91, 0.85, 0.92, 0.83), strict=True)),  # 0.933 0.871 0.943 0.859
    "dev_wu": dict(zip(FIGURES, (0.89, 0.83, 0.80, 0.83), strict=True)),  # 0.917 0.857 0.824 0.857
    "dev_wv": dict(zip(FIGURES, (0.95, 0.93, 0.95, 0.86), strict=True)),  # 0.977 0.959 0.976 0.882
    "dev_ww": dict(zip(FIGURES, (0.93, 0.89, 0.94, 0.91), strict=True)),  # 0.959 0.910 0.964 0.931
    "dev_wx": dict(zip(FIGURES, (0.97, 0.96, 0.94, 0.80), strict=True)),  # 0.991 0.981 0.969 0.822
    "dev_wy": dict(zip(FIGURES, (0.97, 0.95, 0.95, 0.93), strict=True)),  # 0.991 0.973 0.970 0.953
    "dev_wz": dict(zip(FIGURES, (0.93, 0.94, 0.94, 0.83), strict=True)),  # 0.959 0.963 0.960 0.859
    "dev_vb": dict(zip(FIGURES, (0.94, 0.92, 0.92, 0.82), strict=True)),  # 0.970 0.942 0.941 0.845
    "dev_vd": dict(zip(FIGURES, (0.96, 0.94, 0.96, 0.86), strict=True)),  # 0.985 0.968 0.983 0.890
    "dev_va": dict(zip(FIGURES, (0.94, 0.91, 0.89, 0.88), strict=True)),  # 0.969 0.939 0.911 0.902
    "dev_vc": dict(zip(FIGURES, (0.93, 0.84, 0.78, 0.79), strict=True)),  # 0.953 0.861 0.809 0.818
    "dev_vf": dict(zip(FIGURES, (0.95, 0.95, 0.90, 0.88), strict=True)),  # 0.974 0.974 0.927 0.901
    "dev_ve": dict(zip(FIGURES, (0.93, 0.88, 0.88, 0.85), strict=True)),  # 0.952 0.903 0.902 0.877
    "dev_vh": dict(zip(FIGURES, (0.94, 0.93, 0.95, 0.88), strict=True)),  # 0.969 0.958 0.977 0.909
    "dev_vg": dict(zip(FIGURES, (0.85, 0.78, 0.77, 0.72), strict=True)),  # 0.873 0.806 0.793 0.744
    "dev_vj": dict(zip(FIGURES, (0.95, 0.88, 0.98, 0.85), strict=True)),  # 0.975 0.907 1.000 0.874
    "dev_vl": dict(zip(FIGURES, (0.92, 0.88, 0.85, 0.86), strict=True)),  # 0.942 0.901 0.870 0.880
    "dev_vk": dict(zip(FIGURES, (0.89, 0.83, 0.93, 0.80), strict=True)),  # 0.908 0.859 0.953 0.828
    "dev_vm": dict(zip(FIGURES, (0.86, 0.84, 0.80, 0.77), strict=True)),  # 0.883 0.862 0.825 0.793
    "dev_vn": dict(zip(FIGURES, (0.92, 0.87, 0.88, 0.81), strict=True)),  # 0.943 0.892 0.900 0.838
    "dev_vo": dict(zip(FIGURES, (0.93, 0.92, 0.87, 0.77), strict=True)),  # 0.952 0.944 0.891 0.790
    "dev_vp": dict(zip(FIGURES, (0.92, 0.84, 0.91, 0.77), strict=True)),  # 0.941 0.863 0.936 0.797
    "dev_vq": dict(zip(FIGURES, (0.87, 0.80, 0.82, 0.76), strict=True)),  # 0.891 0.822 0.845 0.781
    "dev_vr": dict(zip(FIGURES, (0.96, 0.98, 0.94, 0.94), strict=True)),  # 0.983 1.000 0.962 0.964
    "dev_vs": dict(zip(FIGURES, (0.90, 0.87, 0.90, 0.87), strict=True)),  # 0.915 0.891 0.902 0.885
    "dev_vt": dict(zip(FIGURES, (0.95, 0.90, 0.90, 0.79), strict=True)),  # 0.977 0.924 0.921 0.814
    "dev_vu": dict(zip(FIGURES, (0.89, 0.84, 0.83, 0.84), strict=True)),  # 0.914 0.861 0.860 0.867
    "dev_vv": dict(zip(FIGURES, (0.91, 0.90, 0.93, 0.84), strict=True)),  # 0.938 0.928 0.953 0.867
    "dev_vw": dict(zip(FIGURES, (0.93, 0.91, 0.96, 0.88), strict=True)),  # 0.955 0.938 0.980 0.906
    "dev_vx": dict(zip(FIGURES, (0.92, 0.89, 0.88, 0.80), strict=True)),  # 0.944 0.911 0.907 0.823
    "dev_vy": dict(zip(FIGURES, (0.86, 0.78, 0.84, 0.76), strict=True)),  # 0.886 0.804 0.868 0.782
    "dev_vz": dict(zip(FIGURES, (0.93, 0.91, 0.91, 0.86), strict=True)),  # 0.955 0.939 0.933 0.885
    "dev_ua": dict(zip(FIGURES, (0.94, 0.89, 0.87, 0.85), strict=True)),  # 0.962 0.911 0.897 0.879
    "dev_ub": dict(zip(FIGURES, (0.93, 0.86, 0.90, 0.69), strict=True)),  # 0.951 0.886 0.925 0.717
    "dev_uc": dict(zip(FIGURES, (0.81, 0.76, 0.73, 0.73), strict=True)),  # 0.837 0.781 0.750 0.751
    "dev_ud": dict(zip(FIGURES, (0.93, 0.89, 0.85, 0.88), strict=True)),  # 0.960 0.915 0.875 0.903
    "dev_ue": dict(zip(FIGURES, (0.91, 0.83, 0.79, 0.75), strict=True)),  # 0.931 0.854 0.816 0.774
    "dev_uf": dict(zip(FIGURES, (0.96, 0.92, 0.96, 0.84), strict=True)),  # 0.983 0.944 0.981 0.870
    "dev_ug": dict(zip(FIGURES, (0.94, 0.91, 0.78, 0.86), strict=True)),  # 0.961 0.938 0.809 0.886
    "dev_uh": dict(zip(FIGURES, (0.95, 0.93, 0.90, 0.89), strict=True)),  # 0.974 0.959 0.927 0.911
    "dev_ui": dict(zip(FIGURES, (0.93, 0.92, 0.93, 0.87), strict=True)),  # 0.955 0.946 0.952 0.899
    "dev_uj": dict(zip(FIGURES, (0.96, 0.96, 0.95, 0.89), strict=True)),  # 0.988 0.987 0.976 0.915
    "dev_uk": dict(zip(FIGURES, (0.94, 0.88, 0.89, 0.76), strict=True)),  # 0.966 0.901 0.913 0.781
    "dev_ul": dict(zip(FIGURES, (0.98, 0.92, 0.98, 0.86), strict=True)),  # 1.000 0.943 1.000 0.886
    "dev_um": dict(zip(FIGURES, (0.89, 0.84, 0.73, 0.82), strict=True)),  # 0.913 0.863 0.750 0.843
    "dev_un": dict(zip(FIGURES, (0.90, 0.84, 0.80, 0.81), strict=True)),  # 0.920 0.864 0.822 0.834
    "dev_uo": dict(zip(FIGURES, (0.88, 0.87, 0.72, 0.83), strict=True)),  # 0.910 0.894 0.745 0.857
    "dev_up": dict(zip(FIGURES, (0.95, 0.95, 0.94, 0.89), strict=True)),  # 0.980 0.971 0.961 0.912
    "dev_uq": dict(zip(FIGURES, (0.92, 0.86, 0.90, 0.82), strict=True)),  # 0.945 0.887 0.922 0.848
    "dev_ur": dict(zip(FIGURES, (0.96, 0.94, 0.89, 0.90), strict=True)),  # 0.988 0.963 0.918 0.920
    "dev_uu": dict(zip(FIGURES, (0.95, 0.92, 0.94, 0.89), strict=True)),  # 0.977 0.943 0.960 0.914
    "dev_us": dict(zip(FIGURES, (0.93, 0.88, 0.90, 0.87), strict=True)),  # 0.950 0.903 0.925 0.891
    "dev_ut": dict(zip(FIGURES, (0.88, 0.88, 0.93, 0.75), strict=True)),  # 0.908 0.904 0.955 0.772
    "dev_uv": dict(zip(FIGURES, (0.90, 0.86, 0.85, 0.83), strict=True)),  # 0.922 0.880 0.877 0.851
    "dev_uy": dict(zip(FIGURES, (0.94, 0.92, 0.86, 0.87), strict=True)),  # 0.969 0.946 0.883 0.898
    "dev_uw": dict(zip(FIGURES, (0.96, 0.93, 0.92, 0.90), strict=True)),  # 0.989 0.953 0.948 0.930
    "dev_uz": dict(zip(FIGURES, (0.93, 0.88, 0.95, 0.88), strict=True)),  # 0.958 0.908 0.980 0.908
    "dev_ux": dict(zip(FIGURES, (0.96, 0.92, 0.95, 0.84), strict=True)),  # 0.989 0.948 0.978 0.860
    "dev_ta": dict(zip(FIGURES, (0.92, 0.85, 0.90, 0.81), strict=True)),  # 0.949 0.876 0.921 0.835
    "dev_tb": dict(zip(FIGURES, (0.89, 0.91, 0.94, 0.89), strict=True)),  # 0.910 0.931 0.962 0.912
    "dev_tc": dict(zip(FIGURES, (0.96, 0.92, 0.92, 0.82), strict=True)),  # 0.981 0.947 0.949 0.840
    "dev_td": dict(zip(FIGURES, (0.94, 0.92, 0.88, 0.88), strict=True)),  # 0.967 0.948 0.907 0.909
    "dev_te": dict(zip(FIGURES, (0.96, 0.95, 0.90, 0.82), strict=True)),  # 0.989 0.971 0.925 0.848
    "dev_tg": dict(zip(FIGURES, (0.94, 0.85, 0.83, 0.86), strict=True)),  # 0.965 0.877 0.852 0.890
    "dev_tf": dict(zip(FIGURES, (0.92, 0.90, 0.84, 0.84), strict=True)),  # 0.949 0.928 0.864 0.868
    "dev_th": dict(zip(FIGURES, (0.90, 0.83, 0.83, 0.82), strict=True)),  # 0.922 0.853 0.857 0.842
    "dev_tj": dict(zip(FIGURES, (0.93, 0.89, 0.89, 0.87), strict=True)),  # 0.955 0.915 0.915 0.895
    "dev_tl": dict(zip(FIGURES, (0.86, 0.84, 0.69, 0.79), strict=True)),  # 0.883 0.865 0.719 0.813
    "dev_ti": dict(zip(FIGURES, (0.91, 0.89, 0.85, 0.87), strict=True)),  # 0.935 0.911 0.873 0.892
    "dev_tk": dict(zip(FIGURES, (0.90, 0.84, 0.89, 0.86), strict=True)),  # 0.924 0.866 0.915 0.884
    "dev_tn": dict(zip(FIGURES, (0.94, 0.93, 0.98, 0.86), strict=True)),  # 0.964 0.957 1.000 0.882
    "dev_tp": dict(zip(FIGURES, (0.94, 0.92, 0.96, 0.88), strict=True)),  # 0.966 0.945 0.980 0.902
    "dev_tm": dict(zip(FIGURES, (0.90, 0.82, 0.78, 0.77), strict=True)),  # 0.925 0.834 0.788 0.788
    "dev_to": dict(zip(FIGURES, (0.91, 0.88, 0.91, 0.84), strict=True)),  # 0.938 0.903 0.936 0.861
    "dev_tr": dict(zip(FIGURES, (0.92, 0.91, 0.93, 0.83), strict=True)),  # 0.944 0.940 0.957 0.859
    "dev_tt": dict(zip(FIGURES, (0.89, 0.86, 0.86, 0.83), strict=True)),  # 0.917 0.882 0.887 0.858
    "dev_tq": dict(zip(FIGURES, (0.85, 0.79, 0.84, 0.79), strict=True)),  # 0.875 0.813 0.863 0.819
    "dev_ts": dict(zip(FIGURES, (0.89, 0.82, 0.80, 0.78), strict=True)),  # 0.914 0.844 0.826 0.800
    "dev_tv": dict(zip(FIGURES, (0.95, 0.88, 0.94, 0.89), strict=True)),  # 0.971 0.904 0.964 0.916
    "dev_tx": dict(zip(FIGURES, (0.96, 0.93, 0.96, 0.89), strict=True)),  # 0.986 0.955 0.985 0.915
    "dev_tu": dict(zip(FIGURES, (0.85, 0.82, 0.81, 0.76), strict=True)),  # 0.873 0.843 0.836 0.785
    "dev_tw": dict(zip(FIGURES, (0.85, 0.85, 0.89, 0.73), strict=True)),  # 0.875 0.872 0.917 0.750
    "dev_sa": dict(zip(FIGURES, (0.83, 0.78, 0.84, 0.76), strict=True)),  # 0.858 0.800 0.865 0.781
    "dev_sc": dict(zip(FIGURES, (0.90, 0.81, 0.83, 0.53), strict=True)),  # 0.922 0.834 0.857 0.550
    "dev_sb": dict(zip(FIGURES, (0.88, 0.84, 0.89, 0.76), strict=True)),  # 0.906 0.862 0.918 0.786
    "dev_sd": dict(zip(FIGURES, (0.95, 0.90, 0.88, 0.85), strict=True)),  # 0.976 0.929 0.909 0.878
    "dev_se": dict(zip(FIGURES, (0.87, 0.86, 0.85, 0.81), strict=True)),  # 0.893 0.884 0.878 0.837
    "dev_sg": dict(zip(FIGURES, (0.91, 0.90, 0.84, 0.85), strict=True)),  # 0.938 0.923 0.860 0.872
    "dev_sf": dict(zip(FIGURES, (0.92, 0.88, 0.87, 0.88), strict=True)),  # 0.943 0.906 0.890 0.901
    "dev_sh": dict(zip(FIGURES, (0.96, 0.90, 0.93, 0.82), strict=True)),  # 0.986 0.928 0.957 0.842
    "dev_si": dict(zip(FIGURES, (0.85, 0.79, 0.83, 0.75), strict=True)),  # 0.871 0.813 0.855 0.771
    "dev_sk": dict(zip(FIGURES, (0.96, 0.91, 0.87, 0.90), strict=True)),  # 0.983 0.934 0.896 0.922
    "dev_sj": dict(zip(FIGURES, (0.90, 0.88, 0.87, 0.85), strict=True)),  # 0.924 0.905 0.896 0.875
    "dev_sl": dict(zip(FIGURES, (0.91, 0.92, 0.84, 0.84), strict=True)),  # 0.937 0.941 0.864 0.863
    "dev_sm": dict(zip(FIGURES, (0.91, 0.87, 0.81, 0.77), strict=True)),  # 0.940 0.893 0.833 0.792
    "dev_so": dict(zip(FIGURES, (0.85, 0.83, 0.82, 0.81), strict=True)),  # 0.874 0.854 0.842 0.836
    "dev_sn": dict(zip(FIGURES, (0.88, 0.82, 0.84, 0.79), strict=True)),  # 0.902 0.848 0.862 0.817
    "dev_sp": dict(zip(FIGURES, (0.94, 0.89, 0.90, 0.87), strict=True)),  # 0.965 0.911 0.923 0.899
    "dev_sq": dict(zip(FIGURES, (0.91, 0.87, 0.90, 0.87), strict=True)),  # 0.940 0.899 0.925 0.892
    "dev_ss": dict(zip(FIGURES, (0.91, 0.85, 0.94, 0.81), strict=True)),  # 0.935 0.877 0.967 0.834
    "dev_sr": dict(zip(FIGURES, (0.93, 0.92, 0.90, 0.88), strict=True)),  # 0.957 0.947 0.922 0.902
    "dev_st": dict(zip(FIGURES, (0.97, 0.98, 0.94, 0.84), strict=True)),  # 0.991 1.000 0.970 0.865
    "dev_su": dict(zip(FIGURES, (0.91, 0.85, 0.83, 0.81), strict=True)),  # 0.938 0.876 0.852 0.835
    "dev_sw": dict(zip(FIGURES, (0.94, 0.88, 0.85, 0.86), strict=True)),  # 0.963 0.908 0.872 0.889
    "dev_sv": dict(zip(FIGURES, (0.95, 0.94, 0.98, 0.89), strict=True)),  # 0.978 0.966 1.000 0.912
    "dev_sx": dict(zip(FIGURES, (0.91, 0.88, 0.76, 0.83), strict=True)),  # 0.936 0.901 0.789 0.858
    "dev_vi": dict(zip(FIGURES, (0.93, 0.89, 0.80, 0.79), strict=True)),  # 0.952 0.915 0.820 0.817
    "dev_rb": dict(zip(FIGURES, (0.95, 0.93, 0.92, 0.89), strict=True)),  # 0.970 0.956 0.942 0.918
    "dev_sy": dict(zip(FIGURES, (0.93, 0.90, 0.82, 0.79), strict=True)),  # 0.957 0.922 0.845 0.819
    "dev_ra": dict(zip(FIGURES, (0.89, 0.88, 0.65, 0.80), strict=True)),  # 0.914 0.900 0.679 0.825
    "dev_sz": dict(zip(FIGURES, (0.93, 0.91, 0.89, 0.79), strict=True)),  # 0.953 0.932 0.914 0.816
    "dev_rd": dict(zip(FIGURES, (0.96, 0.96, 0.77, 0.91), strict=True)),  # 0.985 0.988 0.793 0.933
    "dev_rf": dict(zip(FIGURES, (0.96, 0.92, 0.95, 0.90), strict=True)),  # 0.985 0.943 0.971 0.925
    "dev_rc": dict(zip(FIGURES, (0.92, 0.88, 0.88, 0.86), strict=True)),  # 0.945 0.908 0.902 0.885
    "dev_re": dict(zip(FIGURES, (0.91, 0.86, 0.85, 0.78), strict=True)),  # 0.931 0.883 0.878 0.810
    "dev_rh": dict(zip(FIGURES, (0.89, 0.88, 0.68, 0.85), strict=True)),  # 0.913 0.909 0.704 0.873
    "dev_rj": dict(zip(FIGURES, (0.96, 0.95, 0.90, 0.89), strict=True)),  # 0.987 0.973 0.927 0.912
    "dev_rg": dict(zip(FIGURES, (0.92, 0.89, 0.89, 0.81), strict=True)),  # 0.944 0.912 0.911 0.836
    "dev_ri": dict(zip(FIGURES, (0.88, 0.87, 0.82, 0.75), strict=True)),  # 0.900 0.890 0.847 0.774
    "dev_rl": dict(zip(FIGURES, (0.89, 0.91, 0.82, 0.83), strict=True)),  # 0.915 0.933 0.844 0.859
    "dev_rn": dict(zip(FIGURES, (0.95, 0.94, 0.92, 0.88), strict=True)),  # 0.979 0.970 0.947 0.910
    "dev_rk": dict(zip(FIGURES, (0.88, 0.84, 0.75, 0.80), strict=True)),  # 0.904 0.860 0.776 0.827
    "dev_rm": dict(zip(FIGURES, (0.90, 0.84, 0.90, 0.79), strict=True)),  # 0.925 0.870 0.927 0.815
    "dev_rp": dict(zip(FIGURES, (0.97, 0.95, 0.96, 0.91), strict=True)),  # 0.997 0.974 0.980 0.934
    "dev_rr": dict(zip(FIGURES, (0.96, 0.94, 0.94, 0.88), strict=True)),  # 0.990 0.964 0.966 0.900
    "dev_ro": dict(zip(FIGURES, (0.97, 0.93, 0.96, 0.87), strict=True)),  # 0.997 0.958 0.980 0.894
    "dev_rq": dict(zip(FIGURES, (0.89, 0.79, 0.76, 0.77), strict=True)),  # 0.917 0.817 0.788 0.791
}


def _scorer():
    spec = importlib.util.spec_from_file_location("gold_score_floors", TESTS / "gold" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_figures_hold_their_floors(name, tmp_path):
    pages, gold = TESTS / name / "pages", TESTS / name / "gold"
    export = tmp_path / "export.json"
    export.write_text(to_json(load([pages], workers=1)), encoding="utf-8")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        _scorer().main([str(export), str(gold), "--pages", str(pages), "--json"])
    text = out.getvalue()
    figures = json.loads(text[: text.rindex("}") + 1])
    assert figures["coverage"] == pytest.approx(1.0)
    for key, floor in FLOORS[name].items():
        assert figures[key] >= floor, (key, figures[key])
