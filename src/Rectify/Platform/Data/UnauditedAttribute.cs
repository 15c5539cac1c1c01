namespace Rectify.Platform.Data;

/// <summary>
/// An entity that is itself a record written by the system (an outgoing message and its delivery state), so the audit,
/// which records what people changed, leaves it out. A person's action on it is audited where it happens.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class UnauditedAttribute : Attribute;
