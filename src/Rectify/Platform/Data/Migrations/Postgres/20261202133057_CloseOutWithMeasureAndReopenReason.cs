using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectify.Platform.Data.Migrations.Postgres
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
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "CloseOutRequestedOn",
                table: "Measure",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReopenReason",
                table: "Measure",
                type: "character varying(1000)",
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
