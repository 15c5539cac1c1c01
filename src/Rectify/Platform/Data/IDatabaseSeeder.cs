namespace Rectify.Platform.Data;

/// <summary>Fills an empty database on start; must do nothing when its data is already there.</summary>
public interface IDatabaseSeeder
{
    Task SeedAsync(CancellationToken ct);
}
