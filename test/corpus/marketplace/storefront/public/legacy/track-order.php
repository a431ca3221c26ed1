<?php
// Legacy endpoint kept for the 2019 mobile app; reads a guest order by number.

require __DIR__.'/../../vendor/autoload.php';

$origin = $_SERVER['HTTP_ORIGIN'] ?? '';
header('Access-Control-Allow-Origin: '.$origin); // expect: permissive-cors
header('Access-Control-Allow-Credentials: true');
header('Content-Type: application/json');

$pdo = new PDO(getenv('DB_DSN'), getenv('DB_USER'), getenv('DB_PASSWORD'));
$stmt = $pdo->prepare('SELECT number, status, full_name, phone FROM guest_orders WHERE number = ?');
$stmt->execute([$_GET['order'] ?? '']);
$order = $stmt->fetch(PDO::FETCH_ASSOC);

if (! $order) {
    http_response_code(404);
    echo json_encode(['error' => 'Order not found']); // trap: generic error message
    exit;
}

setcookie('last_order_name', $order['full_name'], ['expires' => time() + 86400, 'path' => '/', 'secure' => true, 'httponly' => true, 'samesite' => 'Lax']); // expect: personal-data-in-client-storage user.name
echo json_encode($order);
