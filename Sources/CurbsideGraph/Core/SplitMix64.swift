/// A small, fast, seedable generator: Steele, Lea and Flood's SplitMix64.
///
/// Every randomised algorithm in CurbsideGraph takes a `seed: UInt64` and draws from
/// this generator, never from global state. Parallel work derives one independent
/// stream per unit of work (a simulation, a reverse-reachable set) with
/// ``stream(seed:index:)``, so the numbers a unit sees depend only on the seed and the
/// unit's index, not on how the work was split across threads.
///
/// - Paper: G. L. Steele Jr., D. Lea, C. H. Flood, "Fast Splittable Pseudorandom Number
///   Generators", OOPSLA 2014, doi:10.1145/2660193.2660195.
@usableFromInline
struct SplitMix64: RandomNumberGenerator, Sendable {
    @usableFromInline var state: UInt64

    @inlinable init(seed: UInt64) { state = seed }

    /// The generator for unit `index` of a computation seeded with `seed`.
    @inlinable static func stream(seed: UInt64, index: UInt64) -> SplitMix64 {
        SplitMix64(seed: mix(seed ^ mix(index &+ 0x6A09_E667_F3BC_C909)))
    }

    /// SplitMix64's output function: a bijective 64-bit mixer (also used as a hash).
    @inlinable static func mix(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    @inlinable mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// Uniform in `[0, 1)` with 53 random bits.
    @inlinable mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// Uniform in `0 ..< bound` by Lemire's multiply-high (bias below `bound / 2⁶⁴`).
    @inlinable mutating func next(below bound: Int) -> Int {
        Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(bound)).high)
    }
}
