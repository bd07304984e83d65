using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProbationCase.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ContactLocationEndTimeAndOutcomeNotes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ends_at",
                table: "contacts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "location",
                table: "contacts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "office_id",
                table: "contacts",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "outcome_notes",
                table: "contacts",
                type: "character varying(8000)",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_contacts_office_id",
                table: "contacts",
                column: "office_id");

            migrationBuilder.AddForeignKey(
                name: "fk_contacts_offices_office_id",
                table: "contacts",
                column: "office_id",
                principalTable: "offices",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_contacts_offices_office_id",
                table: "contacts");

            migrationBuilder.DropIndex(
                name: "ix_contacts_office_id",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "ends_at",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "location",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "office_id",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "outcome_notes",
                table: "contacts");
        }
    }
}
