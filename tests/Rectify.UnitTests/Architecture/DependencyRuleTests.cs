using System.Reflection;
using Microsoft.EntityFrameworkCore;
using static Rectify.UnitTests.Architecture.TypeReferences;

namespace Rectify.UnitTests.Architecture;

/// <summary>
/// The dependency rules of ARCHITECTURE.md, each read from the compiled app (signatures and method bodies, Razor views
/// included): Platform references no feature; Rounds references no other feature; a feature changes another's entities
/// only through that feature's actions; one DbContext; no mediator, mapper or repository layer; time from TimeProvider.
/// </summary>
public class DependencyRuleTests
{
    private static readonly Type[] AppTypes = App.GetTypes().Where(t => t.Namespace?.Contains(".Migrations", StringComparison.Ordinal) != true).ToArray();

    [Fact]
    public void Platform_references_no_feature_in_any_signature_or_method_body()
    {
        var offenders = AppTypes.Where(IsPlatform)
            .SelectMany(Of).Where(u => FeatureOf(u.To) is not null)
            .Select(u => $"{Outermost(u.From).FullName} → {u.To.FullName}").Distinct().ToList();
        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    [Fact]
    public void Rounds_references_no_other_feature_its_pages_and_views_included()
    {
        var offenders = AppTypes.Where(t => FeatureOf(t) == "Rounds")
            .SelectMany(Of).Where(u => FeatureOf(u.To) is { } feature && feature != "Rounds")
            .Select(u => $"{Outermost(u.From).FullName} → {u.To.FullName}").Distinct().ToList();
        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    /// <summary>
    /// Crossings allowed: none. The test fails when one appears; a new exception would be listed here with its reason, and
    /// the test fails again once it is gone (so the list only shrinks). Demo is exempt: its seeder and the province
    /// generator build data as the system, below the actions, for speed (a million measures).
    /// </summary>
    private static readonly string[] KnownCrossings = [];

    [Fact]
    public void A_feature_changes_another_features_entities_only_through_that_features_actions()
    {
        var owners = EntityOwners();
        var crossings = AppTypes.Where(t => FeatureOf(t) is { } f && f != "Demo")
            .SelectMany(Of)
            .Where(u => u.Member is ConstructorInfo or MethodInfo && owners.TryGetValue(u.To, out var owner) && owner != FeatureOf(u.From)
                && u.Member.DeclaringType == u.To && Changes(u.Member))
            .Select(u => $"{Outermost(u.From).FullName} → {u.To.Name}.{u.Member!.Name}").Distinct().ToList();
        var added = crossings.Except(KnownCrossings).ToList();
        var gone = KnownCrossings.Except(crossings).ToList();
        Assert.True(added.Count == 0, "changes another feature's entity outside its actions:\n" + string.Join("\n", added));
        Assert.True(gone.Count == 0, "no longer crossing, remove from KnownCrossings:\n" + string.Join("\n", gone));
    }

    [Fact]
    public void The_app_has_one_DbContext_whatever_the_provider()
    {
        var contexts = AppTypes.Where(t => t.IsSubclassOf(typeof(DbContext))).ToList();
        Assert.All(contexts, c => Assert.True(c == typeof(Rectify.Platform.Data.RectifyDbContext) || c.IsSubclassOf(typeof(Rectify.Platform.Data.RectifyDbContext)),
            $"{c.FullName} is a second DbContext"));
    }

    [Fact]
    public void No_mediator_mapper_or_repository_layer_stands_between_features_and_EF_Core()
    {
        var refused = new[] { "MediatR", "AutoMapper", "FluentAssertions" };
        Assert.DoesNotContain(App.GetReferencedAssemblies(), a => refused.Any(r => a.Name!.StartsWith(r, StringComparison.Ordinal)));
        Assert.DoesNotContain(AppTypes, t => t.Name.EndsWith("Repository", StringComparison.Ordinal) || t.Name.EndsWith("UnitOfWork", StringComparison.Ordinal));
    }

    [Fact]
    public void Nothing_reads_the_wall_clock_instead_of_the_TimeProvider()
    {
        var clocks = new[] { typeof(DateTime), typeof(DateTimeOffset) };
        var offenders = AppTypes.SelectMany(Of)
            .Where(u => u.Member is MethodInfo { Name: "get_Now" or "get_UtcNow" or "get_Today" } m && clocks.Contains(m.DeclaringType))
            .Select(u => $"{Outermost(u.From).FullName} → {u.To.Name}.{u.Member!.Name}").Distinct().ToList();
        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    /// <summary>Each entity with the feature whose EF configuration maps it.</summary>
    private static Dictionary<Type, string> EntityOwners() => AppTypes
        .SelectMany(c => c.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>))
            .Select(i => (Entity: i.GetGenericArguments()[0], Owner: FeatureOf(c))))
        .Where(e => e.Owner is not null)
        .GroupBy(e => e.Entity).ToDictionary(g => g.Key, g => g.First().Owner!);

    /// <summary>Creating the entity or calling a method or setter on it; reading a property is not a change.</summary>
    private static bool Changes(MemberInfo member) => member switch
    {
        ConstructorInfo => true,
        MethodInfo m => !m.Name.StartsWith("get_", StringComparison.Ordinal) && m.Name is not ("ToString" or "Equals" or "GetHashCode")
            && !m.Name.StartsWith("<", StringComparison.Ordinal),
        _ => false,
    };
}
