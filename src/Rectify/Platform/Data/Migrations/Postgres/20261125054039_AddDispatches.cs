using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectify.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddDispatches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Dispatch",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OfficeUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Office = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RoundId = table.Column<Guid>(type: "uuid", nullable: true),
                    Round = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ScopeKey = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "date", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    IssuedById = table.Column<Guid>(type: "uuid", nullable: false),
                    IssuedBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PreviousDispatchId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Dispatch", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Dispatch_Units_OfficeUnitId",
                        column: x => x.OfficeUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DispatchMeasure",
                columns: table => new
                {
                    DispatchId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    MeasureId = table.Column<Guid>(type: "uuid", nullable: false),
                    Warning = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Round = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Unit = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TimeLimit = table.Column<DateOnly>(type: "date", nullable: true),
                    DaysOverdue = table.Column<int>(type: "integer", nullable: false),
                    Percent = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DispatchMeasure", x => new { x.DispatchId, x.Position });
                    table.ForeignKey(
                        name: "FK_DispatchMeasure_Dispatch_DispatchId",
                        column: x => x.DispatchId,
                        principalTable: "Dispatch",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DispatchUnit",
                columns: table => new
                {
                    DispatchId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    Unit = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Measures = table.Column<int>(type: "integer", nullable: false),
                    Closed = table.Column<int>(type: "integer", nullable: false),
                    StageResult = table.Column<int>(type: "integer", nullable: false),
                    InProgress = table.Column<int>(type: "integer", nullable: false),
                    DueSoon = table.Column<int>(type: "integer", nullable: false),
                    Overdue = table.Column<int>(type: "integer", nullable: false),
                    Lagging = table.Column<int>(type: "integer", nullable: false),
                    CompletedInPeriod = table.Column<int>(type: "integer", nullable: false),
                    CompletionRate = table.Column<double>(type: "double precision", nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DispatchUnit", x => new { x.DispatchId, x.Position });
                    table.ForeignKey(
                        name: "FK_DispatchUnit_Dispatch_DispatchId",
                        column: x => x.DispatchId,
                        principalTable: "Dispatch",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Dispatch_OfficeUnitId_IssuedAt",
                table: "Dispatch",
                columns: new[] { "OfficeUnitId", "IssuedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Dispatch_ScopeKey_Number",
                table: "Dispatch",
                columns: new[] { "ScopeKey", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DispatchUnit_UnitId",
                table: "DispatchUnit",
                column: "UnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DispatchMeasure");

            migrationBuilder.DropTable(
                name: "DispatchUnit");

            migrationBuilder.DropTable(
                name: "Dispatch");
        }
    }
}
