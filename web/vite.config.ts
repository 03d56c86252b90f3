import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// `npm run dev` serves the editor on :5173 and forwards API calls to a server started with
// `dotnet run --project src/Waymark.Server` (http://localhost:5080).
export default defineConfig({
  plugins: [react()],
  server: {
    // The browser's Host goes through unchanged (changeOrigin off), so a change sent from this page carries its own
    // origin as the server sees it, which the server requires (docs/adr/009-local-server-safety.md).
    proxy: {
      '/api': { target: 'http://localhost:5080', changeOrigin: false },
      '/openapi': { target: 'http://localhost:5080', changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
});
