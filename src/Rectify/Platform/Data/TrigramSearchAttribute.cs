namespace Rectify.Platform.Data;

/// <summary>Marks a text column searched by Chinese substring: PostgreSQL gives it a pg_trgm GIN index.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class TrigramSearchAttribute : Attribute;
