# Sourced by the benchmarks: the site's static export served by nginx, as a static host would, on one core.
# start_nginx WORK PORT: exports the bundled site to WORK/site and starts nginx on 127.0.0.1:PORT, pinned to core 0
# (gzip_static serves the export's .gz copies); sets nginx_pid.
start_nginx() {
  local work=$1 port=$2
  java -jar target/zadankai.jar export "$work/site" > /dev/null 2>&1
  cat > "$work/nginx.conf" <<NGINX
worker_processes 1;
daemon off;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  gzip_static on;
  server {
    listen 127.0.0.1:$port;
    root $work/site;
    location / { try_files \$uri \$uri/index.html =404; }
  }
}
NGINX
  taskset -c 0 nginx -c "$work/nginx.conf" &
  nginx_pid=$!
}
