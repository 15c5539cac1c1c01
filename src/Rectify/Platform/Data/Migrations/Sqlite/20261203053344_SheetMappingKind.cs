using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectify.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SheetMappingKind : Migration
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
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "ledger");

            migrationBuilder.CreateIndex(
                name: "IX_SheetMapping_UnitId_Kind_Name",
                table: "SheetMapping",
                columns: new[] { "UnitId", "Kind", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SheetMapping_UnitId_Kind_Name",
                table: "SheetMapping");

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
