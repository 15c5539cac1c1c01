using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectify.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AppealsAndLedgerSpeed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ChangedAt",
                table: "Measure",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<string>(
                name: "Purpose",
                table: "AppealAttachment",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "DispatchAppealUnit",
                columns: table => new
                {
                    DispatchId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Unit = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Assigned = table.Column<int>(type: "integer", nullable: false),
                    Responded = table.Column<int>(type: "integer", nullable: false),
                    Own = table.Column<int>(type: "integer", nullable: false),
                    Replied = table.Column<int>(type: "integer", nullable: false),
                    RepliedOnTime = table.Column<int>(type: "integer", nullable: false),
                    Rated = table.Column<int>(type: "integer", nullable: false),
                    Satisfied = table.Column<int>(type: "integer", nullable: false),
                    Reopened = table.Column<int>(type: "integer", nullable: false),
                    Evaluated = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DispatchAppealUnit", x => new { x.DispatchId, x.Position });
                    table.ForeignKey(
                        name: "FK_DispatchAppealUnit_Dispatch_DispatchId",
                        column: x => x.DispatchId,
                        principalTable: "Dispatch",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Measure_ChangedAt_Id",
                table: "Measure",
                columns: new[] { "ChangedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Measure_IsDueSoon_RoundId",
                table: "Measure",
                columns: new[] { "IsDueSoon", "RoundId" });

            migrationBuilder.CreateIndex(
                name: "IX_Measure_IsOverdue_RoundId",
                table: "Measure",
                columns: new[] { "IsOverdue", "RoundId" });

            migrationBuilder.CreateIndex(
                name: "IX_Appeal_SubmittedAt_Id",
                table: "Appeal",
                columns: new[] { "SubmittedAt", "Id" },
                descending: new[] { true, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DispatchAppealUnit");

            migrationBuilder.DropIndex(
                name: "IX_Measure_ChangedAt_Id",
                table: "Measure");

            migrationBuilder.DropIndex(
                name: "IX_Measure_IsDueSoon_RoundId",
                table: "Measure");

            migrationBuilder.DropIndex(
                name: "IX_Measure_IsOverdue_RoundId",
                table: "Measure");

            migrationBuilder.DropIndex(
                name: "IX_Appeal_SubmittedAt_Id",
                table: "Appeal");

            migrationBuilder.DropColumn(
                name: "ChangedAt",
                table: "Measure");

            migrationBuilder.DropColumn(
                name: "Purpose",
                table: "AppealAttachment");
        }
    }
}
