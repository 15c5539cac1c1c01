namespace Rectify.Features.Admin;

/// <summary>What a create answers with, beside the Location header.</summary>
public sealed record NewId(Guid Id);
