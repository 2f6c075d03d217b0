# datetime (the pure-Python implementation: pyvm has no _datetime): dates, times,
# timedeltas, arithmetic, comparisons, ISO formatting and parsing, and timezones
# (strftime and fromtimestamp need time.struct_time and time.gmtime, not in pyvm yet).
import datetime as dt

d = dt.date(2024, 2, 28)
print(d, repr(d), d + dt.timedelta(days=2), d.weekday(), d.isoweekday(), tuple(d.isocalendar()))
print(d.toordinal(), dt.date.fromordinal(d.toordinal() + 366), d.replace(day=1), d.ctime())
print(dt.date.fromisoformat("2023-12-31"), dt.date(2023, 12, 31) < d)
t = dt.time(13, 5, 9, 250)
print(t, repr(t), t.isoformat(timespec="milliseconds"), t.replace(hour=1), dt.time.fromisoformat("07:08:09"))
x = dt.datetime(2020, 1, 31, 23, 59, 30)
y = x + dt.timedelta(seconds=45)
print(x, y, y - x, (y - x).total_seconds(), y > x, y.date(), y.time())
print(x.isoformat(), x.isoformat(sep=" "), dt.datetime.fromisoformat("2021-06-01T12:30:00"))
print(x.weekday(), x.isocalendar()[1], x.toordinal())
delta = dt.timedelta(days=-1, hours=5, minutes=3, microseconds=7)
print(delta, repr(delta), abs(delta), delta * 3, delta // 2, dt.timedelta(hours=36) / dt.timedelta(hours=12))
print(str(dt.timedelta(0)), dt.timedelta(weeks=1, milliseconds=1), -dt.timedelta(seconds=1))
utc = dt.timezone.utc
east = dt.timezone(dt.timedelta(hours=5, minutes=30), "IST")
a = dt.datetime(2022, 3, 4, 5, 6, 7, tzinfo=utc)
print(a, a.astimezone(east), a.astimezone(east).tzname(), a.utcoffset(), east, repr(utc))
print(a == a.astimezone(east), a.timestamp(), a - a.astimezone(east), (a - dt.timedelta(days=400)).date())
print(sorted([dt.date(2001, 1, 1), dt.date(1999, 5, 5), dt.date(2000, 2, 29)]))
print(hash(dt.date(2000, 1, 1)) == hash(dt.date(2000, 1, 1)), {dt.date(2000, 1, 1): 1}[dt.date(2000, 1, 1)])
for bad in [lambda: dt.date(2023, 2, 29), lambda: dt.time(25), lambda: dt.timedelta(days=10**9)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        # (only the type: the messages are the C _datetime's under python3)
        print(type(e).__name__)
print(dt.MINYEAR, dt.MAXYEAR, dt.date.min, dt.datetime.max, dt.timedelta.resolution)
