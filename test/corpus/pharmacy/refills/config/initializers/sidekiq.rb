Sidekiq.configure_server do |config|
  config.redis = { url: "redis://:Zq8vLw3Rt6Yp1NkX@redis.wellcare.internal:6379/0" } # expect: hardcoded-secret
end

Sidekiq.configure_client do |config|
  config.redis = { url: ENV.fetch("REDIS_URL", "redis://localhost:6379/0") } # trap: from the environment, with a password-less local fallback
end
