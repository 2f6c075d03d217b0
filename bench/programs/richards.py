# Richards: the classic operating-system task scheduler simulation (after Martin
# Richards' BCPL benchmark), written here from its well-known structure.
# Stresses: method calls on a small class hierarchy, attribute loads and stores,
# linked lists of objects, `is None` tests, polymorphic dispatch through a method.

IDLE = 0
WORKER = 1
HANDLER_A = 2
HANDLER_B = 3
DEVICE_A = 4
DEVICE_B = 5
NTASKS = 6

KIND_DEVICE = 0
KIND_WORK = 1

BUFSIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        nxt = p.link
        while nxt is not None:
            p = nxt
            nxt = p.link
        p.link = self
        return queue


class Scheduler:
    def __init__(self):
        self.table = [None] * NTASKS
        self.task_list = None
        self.hold_count = 0
        self.queue_count = 0

    def find(self, ident):
        t = self.table[ident]
        if t is None:
            raise ValueError("no task %d" % ident)
        return t

    def run(self):
        t = self.task_list
        while t is not None:
            if t.holding or (t.waiting and not t.pending):
                t = t.link
            else:
                t = t.step()


class Task:
    def __init__(self, sched, ident, priority, queue, pending, waiting):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.pending = pending
        self.waiting = waiting
        self.holding = False
        self.link = sched.task_list
        sched.task_list = self
        sched.table[ident] = self

    def step(self):
        if self.waiting and self.pending:
            pkt = self.queue
            self.queue = pkt.link
            self.waiting = False
            self.pending = self.queue is not None
        else:
            pkt = None
        return self.action(pkt)

    def action(self, pkt):
        raise NotImplementedError

    def add_packet(self, pkt, current):
        if self.queue is None:
            self.queue = pkt
            self.pending = True
            if self.priority > current.priority:
                return self
        else:
            self.queue = pkt.append_to(self.queue)
        return current

    def wait(self):
        self.waiting = True
        return self

    def hold(self):
        self.sched.hold_count += 1
        self.holding = True
        return self.link

    def release(self, ident):
        t = self.sched.find(ident)
        t.holding = False
        if t.priority > self.priority:
            return t
        return self

    def send(self, pkt):
        t = self.sched.find(pkt.ident)
        self.sched.queue_count += 1
        pkt.link = None
        pkt.ident = self.ident
        return t.add_packet(pkt, self)


class IdleTask(Task):
    def __init__(self, sched, ident, priority, count):
        Task.__init__(self, sched, ident, priority, None, False, False)
        self.control = 1
        self.count = count

    def action(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.hold()
        if self.control & 1 == 0:
            self.control >>= 1
            return self.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return self.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue, True, True)
        self.destination = HANDLER_A
        self.count = 0

    def action(self, pkt):
        if pkt is None:
            return self.wait()
        if self.destination == HANDLER_A:
            self.destination = HANDLER_B
        else:
            self.destination = HANDLER_A
        pkt.ident = self.destination
        pkt.datum = 0
        data = pkt.data
        for i in range(BUFSIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            data[i] = 64 + self.count
        return self.send(pkt)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue, True, True)
        self.work = None
        self.devices = None

    def action(self, pkt):
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                self.work = pkt.append_to(self.work)
            else:
                self.devices = pkt.append_to(self.devices)
        work = self.work
        if work is None:
            return self.wait()
        n = work.datum
        if n >= BUFSIZE:
            self.work = work.link
            return self.send(work)
        dev = self.devices
        if dev is None:
            return self.wait()
        self.devices = dev.link
        dev.datum = work.data[n]
        work.datum = n + 1
        return self.send(dev)


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        Task.__init__(self, sched, ident, priority, None, False, True)
        self.stored = None

    def action(self, pkt):
        if pkt is None:
            pkt = self.stored
            if pkt is None:
                return self.wait()
            self.stored = None
            return self.send(pkt)
        self.stored = pkt
        return self.hold()


def run_once():
    s = Scheduler()
    IdleTask(s, IDLE, 1, 10000)
    q = Packet(None, 0, KIND_WORK)
    q = Packet(q, 0, KIND_WORK)
    WorkerTask(s, WORKER, 1000, q)
    q = Packet(None, DEVICE_A, KIND_DEVICE)
    q = Packet(q, DEVICE_A, KIND_DEVICE)
    q = Packet(q, DEVICE_A, KIND_DEVICE)
    HandlerTask(s, HANDLER_A, 2000, q)
    q = Packet(None, DEVICE_B, KIND_DEVICE)
    q = Packet(q, DEVICE_B, KIND_DEVICE)
    q = Packet(q, DEVICE_B, KIND_DEVICE)
    HandlerTask(s, HANDLER_B, 3000, q)
    DeviceTask(s, DEVICE_A, 4000)
    DeviceTask(s, DEVICE_B, 5000)
    s.run()
    return s.hold_count, s.queue_count


def main():
    results = []
    for _ in range(15):
        results.append(run_once())
    ok = True
    for r in results:
        if r != (9297, 23246):
            ok = False
    print("richards", results[0], "ok" if ok else "WRONG")


main()
