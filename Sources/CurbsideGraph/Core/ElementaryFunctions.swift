/// The natural logarithm, written out because CurbsideGraph imports neither Foundation
/// nor the platform C library.
///
/// `x = 2ᵉ · s` with `s` in `[√½, √2)`; then `ln s = 2 atanh z` with
/// `z = (s − 1) / (s + 1)`, `|z| < 0.172`, summed as an odd power series until the terms
/// vanish (at most 12). Agrees with glibc's `log` to within a few units in the last place.
/// Returns `-∞` for 0, NaN for negative input or NaN, `+∞` for `+∞`.
@usableFromInline
func naturalLog(_ x: Double) -> Double {
    if x.isNaN || x < 0 { return .nan }
    if x == 0 { return -.infinity }
    if x == .infinity { return .infinity }
    var e = Double(x.exponent)
    var s = x.significand                       // in [1, 2), also for subnormals
    if s > 1.4142135623730951 { s *= 0.5; e += 1 }
    let z = (s - 1) / (s + 1)
    let z2 = z * z
    var term = z
    var sum = 0.0
    var k = 1.0
    while true {
        let next = sum + term / k
        if next == sum { break }
        sum = next
        term *= z2
        k += 2
    }
    let ln2Hi = 0.6931471803691238, ln2Lo = 1.9082149292705877e-10
    return e * ln2Hi + (2 * sum + e * ln2Lo)
}
