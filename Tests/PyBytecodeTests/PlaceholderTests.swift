import Testing
@testable import PyBytecode

@Test func bigIntDecimal() {
    #expect(PyBigInt(-1234567890123).decimalString == "-1234567890123")
}
