namespace Rectify.Platform.Data;

/// <summary>
/// A property computed from others and from the date (a measure's warning flags), or an entity that only holds such data
/// (kept counts): kept for filtering and counting, recomputed by the system, and left out of the audit, which records
/// what people changed.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Class)]
public sealed class DerivedAttribute : Attribute;
