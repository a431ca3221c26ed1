<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::create('hdb_towns', function (Blueprint $table) {
            $table->string('code', 3)->primary();
            $table->string('name'); // trap: HDB town name ("Toa Payoh"), reference data
            $table->string('town_council_phone', 20); // trap: town council office line, not a person's number
        });

        Schema::create('tenants', function (Blueprint $table) {
            $table->id();
            $table->foreignId('listing_id')->constrained();
            $table->text('nric_fin'); // expect: sensitive-personal-data-field user.government_id.national_identification_number.sg_nric_fin
            $table->string('full_name'); // expect: personal-data-field user.name
            $table->string('race', 40)->nullable(); // expect: sensitive-personal-data-field user.demographic.race_ethnicity ; expect: unencrypted-sensitive-storage user.demographic.race_ethnicity
            $table->date('date_of_birth'); // expect: personal-data-field user.demographic.date_of_birth
            $table->string('mobile', 12); // expect: personal-data-field user.contact.phone_number
            $table->string('email')->nullable(); // expect: personal-data-field user.contact.email
            $table->string('previous_address')->nullable(); // expect: personal-data-field user.contact.address
            $table->char('previous_postal_code', 6)->nullable(); // expect: personal-data-field user.contact.address.postal_code
            $table->string('work_pass_number', 12)->nullable(); // expect: sensitive-personal-data-field user.government_id.immigration ; expect: unencrypted-sensitive-storage user.government_id.immigration
            $table->decimal('monthly_income', 10, 2)->nullable(); // expect: personal-data-field user.financial
            $table->date('lease_start');
            $table->date('lease_end');
            $table->timestamps();
        });
    }

    public function down(): void
    {
        Schema::dropIfExists('tenants');
        Schema::dropIfExists('hdb_towns');
    }
};
