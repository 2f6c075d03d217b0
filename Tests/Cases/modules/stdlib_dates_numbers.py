# datetime, calendar, time's UTC functions, statistics, fractions, decimal and pickle.
import datetime, calendar, time, statistics, fractions, decimal, pickle
d = datetime.date(2024, 2, 29); print(d, d + datetime.timedelta(days=1), d.isoformat(), d.weekday(), datetime.datetime(2020, 1, 2, 3, 4, 5).strftime('%Y-%m-%d %H:%M:%S'), datetime.timedelta(hours=25))
dt = datetime.datetime(2021, 3, 4, 5, 6, 7, 8000, tzinfo=datetime.timezone.utc)
print(dt, dt.isoformat(), dt.timestamp(), datetime.datetime.fromisoformat('2020-05-06T07:08:09'), dt - datetime.datetime(2021, 1, 1, tzinfo=datetime.timezone.utc))
print(calendar.isleap(2024), calendar.monthrange(2024, 2), calendar.month_name[3], calendar.weekday(2000, 1, 1))
print(calendar.month(2024, 2))
t = time.gmtime(0); print(t, t.tm_year, time.strftime('%Y-%m-%d %a %b %j', t), time.asctime(t), tuple(t), t.tm_zone)
print(time.gmtime(1700000000.5)[:6], time.struct_time((2000, 1, 2, 3, 4, 5, 6, 2, 0)).tm_mday, time.mktime(time.localtime(86400 * 365)) == 86400 * 365)
for bad in [lambda: time.strftime('%Y', (2000, 13, 1, 0, 0, 0, 0, 1, 0)), lambda: time.struct_time((1, 2))]:
    try: bad()
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]), statistics.stdev([1, 2, 3, 4]), statistics.mode('aab'))
print(fractions.Fraction(3, 4) + fractions.Fraction(1, 4), fractions.Fraction('0.125'), fractions.Fraction(1.5).limit_denominator(10), fractions.Fraction(22, 7) ** 2)
print(decimal.Decimal('1.1') + decimal.Decimal('2.2'), decimal.Decimal(1) / decimal.Decimal(7), round(decimal.Decimal('2.675'), 2), decimal.Decimal('1e3').normalize())
with decimal.localcontext() as ctx:
    ctx.prec = 5
    print(decimal.Decimal(2).sqrt(), decimal.getcontext().prec)
print(decimal.getcontext().prec)
data = {'a': [1, 2.5, None, (3, 'x')], 'b': {1, 2}, 'c': b'bytes', 'd': 2**100, 'e': fractions.Fraction(1, 3)}
for proto in range(0, 6):
    assert pickle.loads(pickle.dumps(data, proto)) == data
print(pickle.loads(pickle.dumps(data)), pickle.dumps([1, 'a'], 0))
