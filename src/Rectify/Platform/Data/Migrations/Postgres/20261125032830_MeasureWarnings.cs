using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectify.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MeasureWarnings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ProgressPeriodMonths",
                table: "Round",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "IsDueSoon",
                table: "Measure",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsLagging",
                table: "Measure",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsOverdue",
                table: "Measure",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsProgressMissing",
                table: "Measure",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "WarningsChangedOn",
                table: "Measure",
                type: "date",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Measure_IsLagging_RoundId",
                table: "Measure",
                columns: new[] { "IsLagging", "RoundId" });

            migrationBuilder.CreateIndex(
                name: "IX_Measure_IsProgressMissing_RoundId",
                table: "Measure",
                columns: new[] { "IsProgressMissing", "RoundId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Measure_IsLagging_RoundId",
                table: "Measure");

            migrationBuilder.DropIndex(
                name: "IX_Measure_IsProgressMissing_RoundId",
                table: "Measure");

            migrationBuilder.DropColumn(
                name: "ProgressPeriodMonths",
                table: "Round");

            migrationBuilder.DropColumn(
                name: "IsDueSoon",
                table: "Measure");

            migrationBuilder.DropColumn(
                name: "IsLagging",
                table: "Measure");

            migrationBuilder.DropColumn(
                name: "IsOverdue",
                table: "Measure");

            migrationBuilder.DropColumn(
                name: "IsProgressMissing",
                table: "Measure");

            migrationBuilder.DropColumn(
                name: "WarningsChangedOn",
                table: "Measure");
        }
    }
}
