using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DiplomacyReader.Data.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SortDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "SortDate",
                table: "Statements",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<DateOnly>(
                name: "SortDate",
                table: "Sources",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            // The stores of before: each source's date, or the minimum where it has none, and its statements'.
            migrationBuilder.Sql("""
                UPDATE "Sources" SET "SortDate" = "PublishedOn" WHERE "PublishedOn" IS NOT NULL;
                UPDATE "Statements" SET "SortDate" = (SELECT "SortDate" FROM "Sources" WHERE "Sources"."Id" = "Statements"."SourceId");
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Statements_SortDate_SourceId_Ordinal",
                table: "Statements",
                columns: new[] { "SortDate", "SourceId", "Ordinal" },
                descending: new[] { true, true, false });

            migrationBuilder.CreateIndex(
                name: "IX_Sources_SortDate_Id",
                table: "Sources",
                columns: new[] { "SortDate", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Statements_SortDate_SourceId_Ordinal",
                table: "Statements");

            migrationBuilder.DropIndex(
                name: "IX_Sources_SortDate_Id",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "SortDate",
                table: "Statements");

            migrationBuilder.DropColumn(
                name: "SortDate",
                table: "Sources");
        }
    }
}
