using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectify.Platform.Data.Migrations.Sqlite
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
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CountedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Measures = table.Column<int>(type: "INTEGER", nullable: false),
                    Closed = table.Column<int>(type: "INTEGER", nullable: false),
                    StageResult = table.Column<int>(type: "INTEGER", nullable: false),
                    InProgress = table.Column<int>(type: "INTEGER", nullable: false),
                    NotStarted = table.Column<int>(type: "INTEGER", nullable: false),
                    PendingReview = table.Column<int>(type: "INTEGER", nullable: false),
                    Overdue = table.Column<int>(type: "INTEGER", nullable: false),
                    DueSoon = table.Column<int>(type: "INTEGER", nullable: false),
                    Lagging = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosedPerWeek = table.Column<string>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false)
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
