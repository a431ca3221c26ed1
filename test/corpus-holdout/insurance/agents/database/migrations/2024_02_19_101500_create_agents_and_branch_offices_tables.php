<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::create('branch_offices', function (Blueprint $table) {
            $table->id();
            $table->string('code', 8)->unique();
            $table->string('name'); // trap: the branch office's name
            $table->string('phone', 32); // trap: office switchboard number
            $table->string('email'); // trap: shared branch mailbox
            $table->string('street'); // trap: office street address
            $table->string('city'); // trap: office city
            $table->string('postal_code', 10); // trap: office postal code
            $table->decimal('latitude', 10, 7)->nullable(); // trap: location of an office building, not of a person
            $table->decimal('longitude', 10, 7)->nullable(); // trap: location of an office building, not of a person
            $table->timestamps();
        });

        Schema::create('agents', function (Blueprint $table) {
            $table->id();
            $table->foreignId('branch_office_id')->constrained(); // trap: surrogate foreign key
            $table->string('employee_number', 12)->unique(); // expect: personal-data-field user.unique_id
            $table->string('first_name'); // expect: personal-data-field user.name.first
            $table->string('last_name'); // expect: personal-data-field user.name.last
            $table->date('date_of_birth'); // expect: personal-data-field user.demographic.date_of_birth
            $table->string('work_email')->unique(); // expect: personal-data-field user.contact.email
            $table->string('mobile_phone', 32)->nullable(); // expect: personal-data-field user.contact.phone_number
            $table->string('home_address')->nullable(); // expect: personal-data-field user.contact.address
            $table->string('job_title', 80); // expect: personal-data-field user.job_title
            $table->string('ssn', 11); // expect: sensitive-personal-data-field user.government_id.national_identification_number.us_ssn
            $table->string('password_hash'); // trap: one-way hash for the staff portal, not readable personal data
            $table->unsignedSmallInteger('active_policies_count')->default(0); // trap: a count
            $table->rememberToken();
            $table->timestamps();
        });
    }

    public function down(): void
    {
        Schema::dropIfExists('agents');
        Schema::dropIfExists('branch_offices');
    }
};
