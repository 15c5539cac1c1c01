using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectify.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class UnitPathsByteOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Path",
                table: "Units",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(1000)",
                oldMaxLength: 1000);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Path",
                table: "Units",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(1000)",
                oldMaxLength: 1000,
                oldCollation: "C");
        }
    }
}
