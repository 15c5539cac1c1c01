using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectify.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CloseOutWithMeasureAndReopenReason : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "CloseOutEvidenceOptional",
                table: "Round",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "CloseOutRequestedOn",
                table: "Measure",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReopenReason",
                table: "Measure",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CloseOutEvidenceOptional",
                table: "Round");

            migrationBuilder.DropColumn(
                name: "CloseOutRequestedOn",
                table: "Measure");

            migrationBuilder.DropColumn(
                name: "ReopenReason",
                table: "Measure");
        }
    }
}
