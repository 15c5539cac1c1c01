using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectify.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DashboardSpeed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Measure_Status_TimeLimit",
                table: "Measure");

            migrationBuilder.CreateTable(
                name: "KeptCount",
                columns: table => new
                {
                    RoundId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    CountedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Measures = table.Column<int>(type: "integer", nullable: false),
                    Closed = table.Column<int>(type: "integer", nullable: false),
                    StageResult = table.Column<int>(type: "integer", nullable: false),
                    InProgress = table.Column<int>(type: "integer", nullable: false),
                    NotStarted = table.Column<int>(type: "integer", nullable: false),
                    PendingReview = table.Column<int>(type: "integer", nullable: false),
                    Overdue = table.Column<int>(type: "integer", nullable: false),
                    DueSoon = table.Column<int>(type: "integer", nullable: false),
                    Lagging = table.Column<int>(type: "integer", nullable: false),
                    ClosedPerWeek = table.Column<int[]>(type: "integer[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KeptCount", x => new { x.RoundId, x.UnitId });
                    table.ForeignKey(
                        name: "FK_KeptCount_Round_RoundId",
                        column: x => x.RoundId,
                        principalTable: "Round",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoundChange",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RoundId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoundChange", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoundChange_Round_RoundId",
                        column: x => x.RoundId,
                        principalTable: "Round",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Measure_Status_TimeLimit_RoundId",
                table: "Measure",
                columns: new[] { "Status", "TimeLimit", "RoundId" });

            migrationBuilder.CreateIndex(
                name: "IX_RoundChange_RoundId",
                table: "RoundChange",
                column: "RoundId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "KeptCount");

            migrationBuilder.DropTable(
                name: "RoundChange");

            migrationBuilder.DropIndex(
                name: "IX_Measure_Status_TimeLimit_RoundId",
                table: "Measure");

            migrationBuilder.CreateIndex(
                name: "IX_Measure_Status_TimeLimit",
                table: "Measure",
                columns: new[] { "Status", "TimeLimit" });
        }
    }
}
