using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectify.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MeasureLightIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Measure_IsDueSoon_RoundId",
                table: "Measure",
                columns: new[] { "IsDueSoon", "RoundId" });

            migrationBuilder.CreateIndex(
                name: "IX_Measure_IsOverdue_RoundId",
                table: "Measure",
                columns: new[] { "IsOverdue", "RoundId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Measure_IsDueSoon_RoundId",
                table: "Measure");

            migrationBuilder.DropIndex(
                name: "IX_Measure_IsOverdue_RoundId",
                table: "Measure");
        }
    }
}
