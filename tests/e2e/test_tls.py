"""TLS for real, and proxies: a TLS front (a self-signed test CA made with openssl) before the emulator.

- Verification is always on: without the CA, with another CA, or with a certificate for another name, nitro
  refuses the server and sends nothing over the connection.
- A custom CA comes from SSL_CERT_FILE or CURL_CA_BUNDLE (libcurl reads neither itself; curl's tool does, and
  nitro does the same); an unreadable one is a usage error.
- Proxies come from the standard variables, which libcurl reads: http_proxy / https_proxy / no_proxy.
- An http:// cloud URL to a host that is not loopback gets a warning that credentials would travel unencrypted.
"""

import re
import shutil
import tempfile
import unittest

try:
    from . import harness as h
except ImportError:  # run from inside tests/e2e
    import harness as h

TLS_FAILED = re.compile(r"error: The TLS connection to https://[^ ]+/graphql failed")


class TlsTests(h.E2ETestCase):

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.pki_dir = tempfile.mkdtemp(prefix="nitro-e2e-pki-")
        cls.addClassCleanup(shutil.rmtree, cls.pki_dir, True)
        cls.pki = h.make_test_pki(cls.pki_dir + "/good")
        cls.wrong_name = h.make_test_pki(cls.pki_dir + "/wrong-name", hosts=("nitro-other.example",))
        cls.front = h.TlsFront(cls.emulator.port, cls.pki["cert"], cls.pki["key"])
        cls.addClassCleanup(cls.front.stop)
        cls.wrong_front = h.TlsFront(cls.emulator.port, cls.wrong_name["cert"], cls.wrong_name["key"])
        cls.addClassCleanup(cls.wrong_front.stop)
        cls.https = f"https://127.0.0.1:{cls.front.port}"

    def refused(self, env, argv=("pat", "list")):
        result = self.nitro(*argv, env=env)
        self.assertFailure(result, 1)
        self.assertRegex(result[2], TLS_FAILED)
        self.assertNotIn("may have carried out", result[2], "nothing was sent, so nothing may have been carried out")
        self.assertNothingSent()
        return result

    def test_refused_without_the_ca(self):
        result = self.refused({"NITRO_CLOUD_URL": self.https})
        # People's words first, libcurl's after them, and what to do about a private CA.
        self.assertIn("failed: the server's certificate is not signed by a certificate authority this machine "
                      "trusts (", result[2])
        self.assertRegex(result[2], r"\(SSL certificate problem: [^)]*certificate[^)]*\)\.\n")
        self.assertIn("  hint: if the server uses a private or self-signed CA, set SSL_CERT_FILE to that CA's "
                      "certificate (PEM).\n", result[2])

    def test_https_to_a_plain_http_port_suggests_http(self):
        result = self.nitro("pat", "list", env={"NITRO_CLOUD_URL": f"https://127.0.0.1:{self.emulator.port}"})
        self.assertFailure(result, 1)
        self.assertRegex(result[2], TLS_FAILED)
        self.assertIn("failed: the server did not answer in TLS (a plain-http port?) (", result[2])
        self.assertIn(f"  hint: if it serves plain HTTP, use http://127.0.0.1:{self.emulator.port} as the cloud "
                      "URL (--cloud-url, NITRO_CLOUD_URL).\n", result[2])
        self.assertNothingSent()

    def test_refused_with_another_ca(self):
        self.refused({"NITRO_CLOUD_URL": self.https, "SSL_CERT_FILE": self.pki["other_ca"]})

    def test_a_mutation_is_refused_before_anything_is_sent(self):
        self.refused({"NITRO_CLOUD_URL": self.https}, argv=("pat", "create", "--description", "over tls"))

    def test_tls_failures_are_not_retried(self):
        before = self.front.handshakes_failed
        self.refused({"NITRO_CLOUD_URL": self.https})
        self.assertLessEqual(self.front.handshakes_failed - before, 1, "a certificate does not get better")

    def test_accepted_with_ssl_cert_file(self):
        code, out, err = self.nitro("pat", "list", env={"NITRO_CLOUD_URL": self.https,
                                                        "SSL_CERT_FILE": self.pki["ca"]})
        self.assertEqual(code, 0, err)
        self.assertEqual(err, "")
        doc = self.assertJsonDocument(out)
        self.assertIn("Bootstrap PAT", [v["description"] for v in doc["values"]])
        self.assertRequest(self.requests()[0], h.LIST_PATS)

    def test_login_discovery_uses_the_custom_ca(self):
        # The identity server is reached with the same CA rules as the API (login and token renewal).
        env = {"NITRO_CLOUD_URL": None, "NITRO_API_KEY": None, "NITRO_CLIENT_ID": "tls-test", "BROWSER": "true"}
        code, out, err = self.nitro("login", self.https, "--no-browser", "--timeout", "1", auth=False, env=env)
        self.assertEqual(code, 1)
        self.assertIn("Cannot reach the identity server", err)
        self.assertRegex(err, r"(?i)certificate")
        # With the CA, discovery succeeds and the sign-in starts (and times out: nobody signs in here).
        code, out, err = self.nitro("login", self.https, "--no-browser", "--timeout", "1", auth=False,
                                    env=dict(env, SSL_CERT_FILE=self.pki["ca"]))
        self.assertEqual(code, 1, err)
        self.assertIn("/connect/authorize?", err)
        self.assertIn("did not complete within 1 seconds", err)

    def test_accepted_with_curl_ca_bundle_for_a_mutation(self):
        code, out, err = self.nitro("pat", "create", "--description", "over tls",
                                    env={"NITRO_CLOUD_URL": self.https, "CURL_CA_BUNDLE": self.pki["ca"]})
        self.assertEqual(code, 0, err)
        doc = self.assertJsonDocument(out)
        self.remember_secret(doc["secret"])
        self.assertEqual(len(self.requests(h.CREATE)), 1)

    def test_curl_ca_bundle_wins_over_ssl_cert_file(self):
        code, out, err = self.nitro("pat", "list", env={"NITRO_CLOUD_URL": self.https,
                                                        "CURL_CA_BUNDLE": self.pki["ca"],
                                                        "SSL_CERT_FILE": self.pki["other_ca"]})
        self.assertEqual(code, 0, err)

    def test_refused_for_another_name_even_with_its_ca(self):
        result = self.refused({"NITRO_CLOUD_URL": f"https://127.0.0.1:{self.wrong_front.port}",
                               "SSL_CERT_FILE": self.wrong_name["ca"]})
        self.assertIn("failed: the server's certificate is for another host name (", result[2])
        self.assertNotIn("hint:", result[2], "the CA is trusted: SSL_CERT_FILE is no help")

    def test_an_unreadable_ca_file_is_a_usage_error(self):
        for var in ("SSL_CERT_FILE", "CURL_CA_BUNDLE"):
            with self.subTest(var=var):
                result = self.nitro("pat", "list", env={"NITRO_CLOUD_URL": self.https,
                                                        var: self.pki_dir + "/missing.pem"})
                self.assertFailure(result, 2, var, "missing.pem")
                self.assertNothingSent()


class ProxyTests(h.E2ETestCase):

    def proxy(self, upstream_port=None):
        proxy = h.RecordingProxy(upstream_port or self.emulator.port)
        self.addCleanup(proxy.stop)
        return proxy

    def test_http_proxy_is_used_and_a_remote_http_url_is_warned_about(self):
        proxy = self.proxy()
        code, out, err = self.nitro("pat", "list", env={"NITRO_CLOUD_URL": "http://nitro-api.example.test",
                                                        "http_proxy": proxy.url})
        self.assertEqual(code, 0, err)
        self.assertJsonDocument(out)
        self.assertEqual(proxy.log, [("POST", "http://nitro-api.example.test/graphql")])
        warnings = [l for l in err.splitlines() if l.startswith("warning: ")]
        self.assertEqual(len(warnings), 1, err)
        self.assertIn("http://nitro-api.example.test/graphql", warnings[0])
        self.assertRegex(warnings[0], r"not encrypted.*clear text")
        self.assertRequest(self.requests()[0], h.LIST_PATS)

    def test_no_warning_for_loopback(self):
        for url in (self.emulator.base_url, f"http://localhost:{self.emulator.port}"):
            with self.subTest(url=url):
                code, out, err = self.nitro("workspace", "list", env={"NITRO_CLOUD_URL": url})
                self.assertEqual(code, 0, err)
                self.assertEqual(err, "")

    def test_no_proxy_bypasses_the_proxy(self):
        proxy = self.proxy()
        code, out, err = self.nitro("pat", "list", env={"http_proxy": proxy.url, "no_proxy": "127.0.0.1"})
        self.assertEqual(code, 0, err)
        self.assertEqual(proxy.log, [])

    def test_all_proxy_is_used(self):
        proxy = self.proxy()
        code, out, err = self.nitro("workspace", "list", env={"NITRO_CLOUD_URL": "http://nitro-api.example.test",
                                                              "ALL_PROXY": proxy.url})
        self.assertEqual(code, 0, err)
        self.assertEqual(len(proxy.log), 1)

    def test_https_proxy_tunnels_with_connect_and_still_verifies(self):
        pki_dir = tempfile.mkdtemp(prefix="nitro-e2e-pki-")
        self.addCleanup(shutil.rmtree, pki_dir, True)
        pki = h.make_test_pki(pki_dir, hosts=("nitro-api.example.test",))
        front = h.TlsFront(self.emulator.port, pki["cert"], pki["key"])
        self.addCleanup(front.stop)
        proxy = self.proxy(front.port)
        env = {"NITRO_CLOUD_URL": "nitro-api.example.test", "https_proxy": proxy.url}
        refused = self.nitro("pat", "list", env=env)
        self.assertFailure(refused, 1)
        self.assertRegex(refused[2], TLS_FAILED)
        code, out, err = self.nitro("pat", "list", env=dict(env, SSL_CERT_FILE=pki["ca"]))
        self.assertEqual(code, 0, err)
        self.assertEqual(err, "", "https:// gets no plaintext warning")
        self.assertEqual([m for m, _ in proxy.log], ["CONNECT", "CONNECT"])
        self.assertEqual(proxy.log[0][1], "nitro-api.example.test:443")


if __name__ == "__main__":
    unittest.main()

