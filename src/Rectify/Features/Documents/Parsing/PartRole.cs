namespace Rectify.Features.Documents.Parsing;

/// <summary>The role a top-level part ("一、…") plays in a rectification report.</summary>
internal enum PartRole { Unknown, Organisation, Feedback, NextSteps }
