// math.gamma and math.lgamma with CPython's own algorithm (Lanczos approximation with
// g = 6.02468, N = 13, exact factorials for small integers, a reflection formula for
// negative arguments), so results match CPython bit for bit rather than the platform libm.
#if canImport(Glibc)
import Glibc
#endif

enum MathFailure { case domain, range }

extension Runtime {
    static let lanczosG = 6.024680040776729583740234375
    static let lanczosGMinusHalf = 5.524680040776729583740234375
    static let lanczosNumerator: [Double] = [
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    ]
    /// The denominator x*(x+1)*...*(x+11) as polynomial coefficients.
    static let lanczosDenominator: [Double] = [
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
    ]
    /// gamma(n) = (n-1)! for n = 1...23, exact.
    static let gammaOfIntegers: [Double] = [
        1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0,
        479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0,
        6402373705728000.0, 121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0,
        1124000727777607680000.0,
    ]
    static let logPi = 1.144729885849400174143427351353058711647

    /// The rational part of the Lanczos sum, evaluated so that it does not overflow for large x.
    static func lanczosSum(_ x: Double) -> Double {
        var numerator = 0.0, denominator = 0.0
        if x < 5.0 {
            for i in stride(from: lanczosNumerator.count - 1, through: 0, by: -1) {
                numerator = numerator * x + lanczosNumerator[i]
                denominator = denominator * x + lanczosDenominator[i]
            }
        } else {
            for i in 0..<lanczosNumerator.count {
                numerator = numerator / x + lanczosNumerator[i]
                denominator = denominator / x + lanczosDenominator[i]
            }
        }
        return numerator / denominator
    }

    /// sin(pi * x), accurate for large x by reducing the argument first.
    static func sinPi(_ x: Double) -> Double {
        let y = fmod(fabs(x), 2.0)
        let n = Int((2.0 * y).rounded())
        let r: Double
        switch n {
        case 0: r = sin(Double.pi * y)
        case 1: r = cos(Double.pi * (y - 0.5))
        case 2: r = sin(Double.pi * (1.0 - y))
        case 3: r = -cos(Double.pi * (y - 1.5))
        default: r = sin(Double.pi * (y - 2.0))
        }
        return copysign(1.0, x) * r
    }

    static func lanczosGamma(_ x: Double) -> (Double, MathFailure?) {
        if !x.isFinite { return x.isNaN || x > 0 ? (x, nil) : (.nan, .domain) }
        if x == 0 { return (copysign(.infinity, x), .domain) }
        if x == x.rounded(.down) {
            if x < 0 { return (.nan, .domain) }
            if x <= Double(gammaOfIntegers.count) { return (gammaOfIntegers[Int(x) - 1], nil) }
        }
        let absx = fabs(x)
        if absx < 1e-20 {
            let r = 1.0 / x
            return (r, r.isInfinite ? .range : nil)
        }
        if absx > 200.0 {
            return x < 0 ? (0.0 / sinPi(x), nil) : (.infinity, .range)
        }
        let y = absx + lanczosGMinusHalf
        // The rounding error of y, used as a first-order correction below.
        var z: Double
        if absx > lanczosGMinusHalf {
            let q = y - absx
            z = q - lanczosGMinusHalf
        } else {
            let q = y - lanczosGMinusHalf
            z = q - absx
        }
        z = z * lanczosG / y
        var r: Double
        if x < 0 {
            r = -Double.pi / sinPi(absx) / absx * exp(y) / lanczosSum(absx)
            r -= z * r
            if absx < 140.0 {
                r /= pow(y, absx - 0.5)
            } else {
                let sqrtpow = pow(y, absx / 2.0 - 0.25)
                r /= sqrtpow
                r /= sqrtpow
            }
        } else {
            r = lanczosSum(absx) / exp(y)
            r += z * r
            if absx < 140.0 {
                r *= pow(y, absx - 0.5)
            } else {
                let sqrtpow = pow(y, absx / 2.0 - 0.25)
                r *= sqrtpow
                r *= sqrtpow
            }
        }
        return (r, r.isInfinite ? .range : nil)
    }

    static func lanczosLogGamma(_ x: Double) -> (Double, MathFailure?) {
        if !x.isFinite { return x.isNaN ? (x, nil) : (.infinity, nil) }
        if x == x.rounded(.down) && x <= 2.0 {
            return x <= 0 ? (.infinity, .domain) : (0.0, nil)
        }
        let absx = fabs(x)
        if absx < 1e-20 { return (-log(absx), nil) }
        var r = log(lanczosSum(absx)) - lanczosG
        r += (absx - 0.5) * (log(absx + lanczosG - 0.5) - 1)
        if x < 0 {
            // The reflection formula.
            r = logPi - log(fabs(sinPi(absx))) - log(absx) - r
        }
        return (r, r.isInfinite ? .range : nil)
    }
}
