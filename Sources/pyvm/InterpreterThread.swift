// Runs the interpreter on a thread with a large stack, and tells the runtime where that
// stack ends so native re-entry can raise RecursionError instead of overflowing.
#if canImport(Glibc)
import Glibc
#endif
import PyRuntime

enum InterpreterThread {
    static let stackSize = 512 * 1024 * 1024

    private final class Job {
        let body: (UInt) -> Int32
        var status: Int32 = 0
        init(_ body: @escaping (UInt) -> Int32) { self.body = body }
    }

    /// Runs `body(stackLimit)` on a new thread and returns its result.
    static func run(_ body: @escaping (UInt) -> Int32) -> Int32 {
        let job = Job(body)
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        pthread_attr_setstacksize(&attributes, stackSize)
        var thread = pthread_t()
        let context = Unmanaged.passRetained(job).toOpaque()
        let created = pthread_create(&thread, &attributes, { raw in
            let job = Unmanaged<Job>.fromOpaque(raw!).takeRetainedValue()
            var marker: UInt8 = 0
            let top = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
            // The stack grows down from about `top`; leave slack for the thread's own start-up.
            job.status = job.body(top - UInt(InterpreterThread.stackSize) + 64 * 1024)
            return nil
        }, context)
        pthread_attr_destroy(&attributes)
        guard created == 0 else {
            Unmanaged<Job>.fromOpaque(context).release()
            return body(0)
        }
        pthread_join(thread, nil)
        return job.status
    }
}
