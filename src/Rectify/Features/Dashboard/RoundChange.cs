using Rectify.Platform.Data;

namespace Rectify.Features.Dashboard;

/// <summary>
/// A round whose measures or warning settings changed since its counts were kept: written in the same SaveChanges as the
/// change (<see cref="RoundChangesInterceptor"/>), removed by <see cref="KeptCounts"/> once it has counted the round again.
/// </summary>
[Derived]
public sealed class RoundChange
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid RoundId { get; init; }
}
