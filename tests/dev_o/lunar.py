"""Chinese lunar date for a Gregorian date (new moons after Meeus, ch. 49; Beijing time)."""
import math
from datetime import date, datetime, timedelta

def _new_moon_jde(k):
    T = k / 1236.85
    jde = (2451550.09766 + 29.530588861 * k + 0.00015437 * T**2
           - 0.000000150 * T**3 + 0.00000000073 * T**4)
    E = 1 - 0.002516 * T - 0.0000074 * T**2
    r = math.radians
    M = r(2.5534 + 29.10535670 * k - 0.0000014 * T**2 - 0.00000011 * T**3)
    Mp = r(201.5643 + 385.81693528 * k + 0.0107582 * T**2 + 0.00001238 * T**3 - 0.000000058 * T**4)
    F = r(160.7108 + 390.67050284 * k - 0.0016118 * T**2 - 0.00000227 * T**3 + 0.000000011 * T**4)
    Om = r(124.7746 - 1.56375588 * k + 0.0020672 * T**2 + 0.00000215 * T**3)
    s = (-0.40720 * math.sin(Mp) + 0.17241 * E * math.sin(M) + 0.01608 * math.sin(2 * Mp)
         + 0.01039 * math.sin(2 * F) + 0.00739 * E * math.sin(Mp - M) - 0.00514 * E * math.sin(Mp + M)
         + 0.00208 * E * E * math.sin(2 * M) - 0.00111 * math.sin(Mp - 2 * F) - 0.00057 * math.sin(Mp + 2 * F)
         + 0.00056 * E * math.sin(2 * Mp + M) - 0.00042 * math.sin(3 * Mp) + 0.00042 * E * math.sin(M + 2 * F)
         + 0.00038 * E * math.sin(M - 2 * F) - 0.00024 * E * math.sin(2 * Mp - M) - 0.00017 * math.sin(Om)
         - 0.00007 * math.sin(Mp + 2 * M) + 0.00004 * math.sin(2 * Mp - 2 * F) + 0.00004 * math.sin(3 * M)
         + 0.00003 * math.sin(Mp + M - 2 * F) + 0.00003 * math.sin(2 * Mp + 2 * F) - 0.00003 * math.sin(Mp + M + 2 * F)
         + 0.00003 * math.sin(Mp - M + 2 * F) - 0.00002 * math.sin(Mp - M - 2 * F) - 0.00002 * math.sin(3 * Mp + M)
         + 0.00002 * math.sin(4 * Mp))
    A = [299.77 + 0.107408 * k - 0.009173 * T**2, 251.88 + 0.016321 * k, 251.83 + 26.651886 * k,
         349.42 + 36.412478 * k, 84.66 + 18.206239 * k, 141.74 + 53.303771 * k, 207.14 + 2.453732 * k,
         154.84 + 7.306860 * k, 34.52 + 27.261239 * k, 207.19 + 0.121824 * k, 291.34 + 1.844379 * k,
         161.72 + 24.198154 * k, 239.56 + 25.513099 * k, 331.55 + 3.592518 * k]
    C = [0.000325, 0.000165, 0.000164, 0.000126, 0.000110, 0.000062, 0.000060, 0.000056, 0.000047,
         0.000042, 0.000040, 0.000037, 0.000035, 0.000023]
    s += sum(c * math.sin(r(a)) for c, a in zip(C, A))
    return jde + s

def _jd_to_beijing_date(jd):
    # TT -> UT (delta T about 69 s) -> Beijing (UTC+8)
    jd = jd - 69.0 / 86400 + 8.0 / 24
    dt = datetime(2000, 1, 1, 12) + timedelta(days=jd - 2451545.0)
    return dt.date()

def new_moons(start, end):
    k0 = math.floor((start.year + (start.timetuple().tm_yday / 366) - 2000) * 12.3685) - 2
    out = []
    k = k0
    while True:
        d = _jd_to_beijing_date(_new_moon_jde(k))
        if d > end:
            break
        if d >= start:
            out.append(d)
        k += 1
    return out

CNY = {2014: date(2014, 1, 31), 2015: date(2015, 2, 19), 2016: date(2016, 2, 8), 2017: date(2017, 1, 28),
       2018: date(2018, 2, 16), 2019: date(2019, 2, 5), 2020: date(2020, 1, 25), 2021: date(2021, 2, 12),
       2022: date(2022, 2, 1), 2023: date(2023, 1, 22), 2024: date(2024, 2, 10), 2025: date(2025, 1, 29),
       2026: date(2026, 2, 17)}
LEAP = {2014: 9, 2017: 6, 2020: 4, 2023: 2, 2025: 6}
GZ_STEM = "甲乙丙丁戊己庚辛壬癸"
GZ_BRANCH = "子丑寅卯辰巳午未申酉戌亥"
MONTHS = ["正月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月", "十二月"]
DAYS = ["初一", "初二", "初三", "初四", "初五", "初六", "初七", "初八", "初九", "初十",
        "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十",
        "廿一", "廿二", "廿三", "廿四", "廿五", "廿六", "廿七", "廿八", "廿九", "三十"]

def lunar(d):
    y = d.year if d >= CNY[d.year] else d.year - 1
    moons = new_moons(CNY[y] - timedelta(days=3), d)
    moons = [m for m in moons if m >= CNY[y]]
    assert moons and moons[0] == CNY[y], (y, moons[:2], CNY[y])
    idx = len(moons) - 1
    start = moons[-1]
    leap = LEAP.get(y)
    label = []
    m = 0
    for i in range(idx + 1):
        if leap and m == leap and not label[-1].startswith("闰"):
            label.append("闰" + MONTHS[m - 1])
        else:
            m += 1
            label.append(MONTHS[m - 1])
    gz = GZ_STEM[(y - 4) % 10] + GZ_BRANCH[(y - 4) % 12]
    return f"{gz}年{label[-1]}{DAYS[(d - start).days]}"

if __name__ == "__main__":
    for y, d in CNY.items():
        print(y, d, new_moons(d - timedelta(days=2), d + timedelta(days=2)))
    for s in ["2025-03-27", "2015-07-10", "2017-03-16", "2021-05-20", "2024-10-17", "2026-01-15", "2024-03-09", "2023-11-16", "2025-10-06", "2024-02-09"]:
        print(s, lunar(date.fromisoformat(s)))
