# A program written as a user would: dataclasses, datetime, typing, statistics, itertools, random, formatting.
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import List
import statistics, functools, itertools, operator, random, string
@dataclass(order=True)
class Item:
    price: float
    name: str = field(compare=False)
    added: date = field(default_factory=lambda: date(2024, 1, 1), compare=False)
random.seed(7)
items = [Item(round(random.uniform(1, 100), 2), ''.join(random.choices(string.ascii_lowercase, k=5)),
              date(2024, 1, 1) + timedelta(days=random.randint(0, 300))) for _ in range(20)]
items.sort()
print(items[0], items[-1].name, statistics.median(i.price for i in items))
by_month = itertools.groupby(sorted(items, key=lambda i: i.added.month), key=lambda i: i.added.month)
print({m: len(list(g)) for m, g in by_month})
print(functools.reduce(operator.add, (i.price for i in items)) > 0, max(items, key=operator.attrgetter('added')).added.isoformat())
print(f"{sum(i.price for i in items):,.2f}", '{:>10}|{:<8}|'.format('right', 'left'))
