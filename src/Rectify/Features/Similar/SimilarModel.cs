using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rectify.Features.Rounds;

namespace Rectify.Features.Similar;

internal sealed class ProblemGramConfiguration : IEntityTypeConfiguration<ProblemGram>
{
    public void Configure(EntityTypeBuilder<ProblemGram> gram)
    {
        // Gram first: candidates are found by gram; the second index removes a problem's grams.
        gram.HasKey(g => new { g.Gram, g.ProblemId });
        gram.Property(g => g.Gram).HasMaxLength(4);
        gram.HasOne<Problem>().WithMany().HasForeignKey(g => g.ProblemId).OnDelete(DeleteBehavior.Cascade);
        gram.HasIndex(g => g.ProblemId);
    }
}

internal sealed class ProblemLinkConfiguration : IEntityTypeConfiguration<ProblemLink>
{
    public void Configure(EntityTypeBuilder<ProblemLink> link)
    {
        link.Property(l => l.Note).HasMaxLength(1000);
        link.Property(l => l.LinkedBy).HasMaxLength(50);
        link.HasOne<Problem>().WithMany().HasForeignKey(l => l.ProblemId).OnDelete(DeleteBehavior.Cascade);
        link.HasOne<Problem>().WithMany().HasForeignKey(l => l.LinkedProblemId).OnDelete(DeleteBehavior.Cascade);
        link.HasIndex(l => new { l.ProblemId, l.LinkedProblemId }).IsUnique();
        link.HasIndex(l => l.LinkedProblemId);
    }
}
