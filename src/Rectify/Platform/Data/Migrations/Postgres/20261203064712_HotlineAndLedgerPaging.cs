using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectify.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class HotlineAndLedgerPaging : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SheetMapping_UnitId_Name",
                table: "SheetMapping");

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "SheetMapping",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "ledger");

            migrationBuilder.CreateIndex(
                name: "IX_SheetMapping_UnitId_Kind_Name",
                table: "SheetMapping",
                columns: new[] { "UnitId", "Kind", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Measure_TimeLimit_Id",
                table: "Measure",
                columns: new[] { "TimeLimit", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SheetMapping_UnitId_Kind_Name",
                table: "SheetMapping");

            migrationBuilder.DropIndex(
                name: "IX_Measure_TimeLimit_Id",
                table: "Measure");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "SheetMapping");

            migrationBuilder.CreateIndex(
                name: "IX_SheetMapping_UnitId_Name",
                table: "SheetMapping",
                columns: new[] { "UnitId", "Name" },
                unique: true);
        }
    }
}
