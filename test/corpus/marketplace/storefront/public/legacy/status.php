<?php
// Uptime probe for the legacy app's load balancer.

header('Access-Control-Allow-Origin: *'); // expect: permissive-cors
header('Content-Type: application/json');
echo json_encode(['ok' => true, 'time' => date(DATE_ATOM)]);
