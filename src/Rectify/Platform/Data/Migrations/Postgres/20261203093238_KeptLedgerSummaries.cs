using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectify.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class KeptLedgerSummaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Kept counts are derived: rounds counted before their summaries were kept are counted again on the next read.
            migrationBuilder.Sql("DELETE FROM \"KeptCount\";");

            migrationBuilder.CreateTable(
                name: "KeptSummary",
                columns: table => new
                {
                    RoundId = table.Column<Guid>(type: "uuid", nullable: false),
                    View = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CountedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Problems = table.Column<int>(type: "integer", nullable: false),
                    Measures = table.Column<int>(type: "integer", nullable: false),
                    CompletedProblems = table.Column<int>(type: "integer", nullable: false),
                    StageResultProblems = table.Column<int>(type: "integer", nullable: false),
                    Closed = table.Column<int>(type: "integer", nullable: false),
                    LongTerm = table.Column<int>(type: "integer", nullable: false),
                    Overdue = table.Column<int>(type: "integer", nullable: false),
                    PendingReview = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KeptSummary", x => new { x.RoundId, x.View });
                    table.ForeignKey(
                        name: "FK_KeptSummary_Round_RoundId",
                        column: x => x.RoundId,
                        principalTable: "Round",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "KeptSummary");
        }
    }
}
