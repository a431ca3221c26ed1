# frozen_string_literal: true

Rails.application.config.middleware.insert_before 0, Rack::Cors do
  allow do
    origins { |_source, _env| true } # expect: permissive-cors
    resource "/disputes/*", headers: :any, methods: %i[get post], credentials: true
  end

  allow do
    origins "https://sellers.bazaarly.com" # trap: single allowed origin
    resource "*", headers: :any, methods: :any, credentials: true
  end
end
