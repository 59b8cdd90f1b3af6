"""Chinese lunar date for the masthead (new moons after Meeus, ch. 49), China Standard Time."""
import math
from datetime import datetime, timedelta, date

def _newmoon_jde(k):
    T = k / 1236.85
    jde = (2451550.09766 + 29.530588861 * k + 0.00015437 * T**2
           - 0.000000150 * T**3 + 0.00000000073 * T**4)
    E = 1 - 0.002516 * T - 0.0000074 * T**2
    r = math.radians
    M = r(2.5534 + 29.10535670 * k - 0.0000014 * T**2 - 0.00000011 * T**3)
    Mp = r(201.5643 + 385.81693528 * k + 0.0107582 * T**2 + 0.00001238 * T**3 - 0.000000058 * T**4)
    F = r(160.7108 + 390.67050284 * k - 0.0016118 * T**2 - 0.00000227 * T**3 + 0.000000011 * T**4)
    Om = r(124.7746 - 1.56375588 * k + 0.0020672 * T**2 + 0.00000215 * T**3)
    c = (-0.40720 * math.sin(Mp) + 0.17241 * E * math.sin(M) + 0.01608 * math.sin(2 * Mp)
         + 0.01039 * math.sin(2 * F) + 0.00739 * E * math.sin(Mp - M) - 0.00514 * E * math.sin(Mp + M)
         + 0.00208 * E * E * math.sin(2 * M) - 0.00111 * math.sin(Mp - 2 * F) - 0.00057 * math.sin(Mp + 2 * F)
         + 0.00056 * E * math.sin(2 * Mp + M) - 0.00042 * math.sin(3 * Mp) + 0.00042 * E * math.sin(M + 2 * F)
         + 0.00038 * E * math.sin(M - 2 * F) - 0.00024 * E * math.sin(2 * Mp - M) - 0.00017 * math.sin(Om)
         - 0.00007 * math.sin(Mp + 2 * M) + 0.00004 * math.sin(2 * Mp - 2 * F) + 0.00004 * math.sin(3 * M)
         + 0.00003 * math.sin(Mp + M - 2 * F) + 0.00003 * math.sin(2 * Mp + 2 * F) - 0.00003 * math.sin(Mp + M + 2 * F)
         + 0.00003 * math.sin(Mp - M + 2 * F) - 0.00002 * math.sin(Mp - M - 2 * F) - 0.00002 * math.sin(3 * Mp + M)
         + 0.00002 * math.sin(4 * Mp))
    return jde + c

def _cst_date(jde):
    # TT ~ UT + 69 s for these years; China Standard Time = UT + 8 h
    dt = datetime(2000, 1, 1, 12) + timedelta(days=jde - 2451545.0) - timedelta(seconds=69) + timedelta(hours=8)
    return dt.date()

def newmoons(y0, y1):
    out = []
    k = math.floor((y0 - 2000) * 12.3685) - 2
    while True:
        d = _cst_date(_newmoon_jde(k))
        if d.year > y1:
            return out
        if d.year >= y0:
            out.append(d)
        k += 1

# Spring Festival dates and leap months (month number after which the leap month falls)
NEW_YEAR = {2018: date(2018, 2, 16), 2019: date(2019, 2, 5), 2020: date(2020, 1, 25),
            2021: date(2021, 2, 12), 2022: date(2022, 2, 1), 2023: date(2023, 1, 22),
            2024: date(2024, 2, 10), 2025: date(2025, 1, 29)}
LEAP = {2020: 4, 2023: 2, 2025: 6}
GANZHI = {2018: "戊戌", 2019: "己亥", 2020: "庚子", 2021: "辛丑", 2022: "壬寅",
          2023: "癸卯", 2024: "甲辰", 2025: "乙巳"}
MONTHS = ["正月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "冬月", "腊月"]
DAYS = ["初一", "初二", "初三", "初四", "初五", "初六", "初七", "初八", "初九", "初十",
        "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十",
        "廿一", "廿二", "廿三", "廿四", "廿五", "廿六", "廿七", "廿八", "廿九", "三十"]

def lunar(d):
    ly = max(y for y, nd in NEW_YEAR.items() if nd <= d)
    nms = [m for m in newmoons(ly, ly + 1) if NEW_YEAR[ly] <= m <= d]
    start = nms[-1]
    idx = len(nms) - 1          # months since new year
    leap = LEAP.get(ly)
    name = ""
    if leap is not None and idx >= leap:
        if idx == leap:
            name = "闰" + MONTHS[leap - 1]
        else:
            name = MONTHS[idx - 1]
    else:
        name = MONTHS[idx]
    return GANZHI[ly] + "年" + name + DAYS[(d - start).days]

if __name__ == "__main__":
    for d in [date(2025, 3, 27), date(2019, 1, 28), date(2020, 2, 12), date(2021, 3, 24), date(2022, 5, 19),
              date(2020, 6, 1), date(2024, 3, 9)]:
        print(d, lunar(d), d.strftime('%a'), 27314 - (date(2025, 3, 27) - d).days)
