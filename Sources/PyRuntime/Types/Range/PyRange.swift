// `range` and `slice`.

public final class PyRange: PyObject {
    public let start: Int
    public let stop: Int
    public let step: Int
    init(type: PyType, start: Int, stop: Int, step: Int) {
        self.start = start
        self.stop = stop
        self.step = step
        super.init(type: type)
    }

    public var count: Int {
        if step > 0 { return start < stop ? (stop - start - 1) / step + 1 : 0 }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0
    }
}

public final class PySlice: PyObject {
    public let start: Value
    public let stop: Value
    public let step: Value
    init(type: PyType, start: Value, stop: Value, step: Value) {
        self.start = start
        self.stop = stop
        self.step = step
        super.init(type: type)
    }
}
