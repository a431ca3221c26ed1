# frozen_string_literal: true

module Api
  module V1
    class PatientsController < ActionController::API
      include ActionController::Cookies

      before_action :authenticate_clinician!, except: %i[lookup]

      def show # trap: guarded by before_action :authenticate_clinician!
        render json: Patient.find(params[:id])
      end

      def update_allergies # trap: guarded by before_action :authenticate_clinician!
        patient = Patient.find(params[:id])
        patient.update!(allergies: params.require(:allergies))
        render json: patient
      rescue ActiveRecord::RecordInvalid
        render json: { error: "Allergies for #{patient.full_name} could not be saved" }, status: :unprocessable_entity # expect: personal-data-in-error user.name
      end

      # Used by the GP surgery kiosk to find a walk-in patient.
      def lookup # expect: unauthenticated-personal-data-route user.name
        patient = Patient.find_by(last_name: params[:last_name], date_of_birth: params[:date_of_birth])
        if patient.nil?
          render json: { error: "No patient #{params[:last_name]} born #{params[:date_of_birth]}" }, status: :not_found # expect: personal-data-in-error user.name.last
          return
        end
        render json: patient.slice(:id, :full_name, :nhs_number)
      end

      def referral_link # trap: guarded by before_action :authenticate_clinician!
        patient = Patient.find(params[:id])
        redirect_to "https://ers.referrals.nhs.uk/book?nhs=#{patient.nhs_number}&service=#{params[:service]}", allow_other_host: true # expect: personal-data-in-url user.government_id.national_identification_number
      end

      def chart # trap: guarded by before_action :authenticate_clinician!
        redirect_to "/charts/#{params[:id]}" # trap: opaque patient id in the URL
      end
    end
  end
end
