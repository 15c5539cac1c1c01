namespace Rectify.Platform.Data;

/// <summary>
/// A property computed from others and from the date (a measure's warning flags): kept for filtering and counting,
/// recomputed by the system, and left out of the audit, which records what people changed.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class DerivedAttribute : Attribute;
