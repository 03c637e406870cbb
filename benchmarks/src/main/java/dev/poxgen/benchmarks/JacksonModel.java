package dev.poxgen.benchmarks;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlText;
import java.util.List;

/** Plain classes mirroring the schema, as a Jackson XML user writes them: no schema, no checks. */
public final class JacksonModel {
  private JacksonModel() {}

  @JacksonXmlRootElement(localName = "Autodiscover")
  public static final class Autodiscover {
    @JacksonXmlProperty(localName = "Response") public Response response;
  }

  public static final class Response {
    @JacksonXmlProperty(localName = "User") public User user;
    @JacksonXmlProperty(localName = "Account") public Account account;
  }

  public static final class User {
    @JacksonXmlProperty(localName = "DisplayName") public String displayName;
    @JacksonXmlProperty(localName = "LegacyDN") public String legacyDn;
    @JacksonXmlProperty(localName = "AutoDiscoverSMTPAddress") public String smtpAddress;
    @JacksonXmlProperty(localName = "DeploymentId") public String deploymentId;
  }

  public static final class Account {
    @JacksonXmlProperty(localName = "AccountType") public String accountType;
    @JacksonXmlProperty(localName = "Action") public String action;
    @JacksonXmlProperty(localName = "MicrosoftOnline") public String microsoftOnline;
    @JacksonXmlProperty(localName = "RedirectAddr") public String redirectAddr;
    @JacksonXmlProperty(localName = "RedirectUrl") public String redirectUrl;
    @JacksonXmlProperty(localName = "ServiceHome") public String serviceHome;
    @JacksonXmlElementWrapper(useWrapping = false)
    @JacksonXmlProperty(localName = "Protocol") public List<Protocol> protocols;
  }

  public static final class Protocol {
    @JacksonXmlProperty(localName = "Type") public String type;
    @JacksonXmlProperty(localName = "Server") public String server;
    @JacksonXmlProperty(localName = "ServerDN") public String serverDn;
    @JacksonXmlProperty(localName = "ServerVersion") public String serverVersion;
    @JacksonXmlProperty(localName = "Port") public Integer port;
    @JacksonXmlProperty(localName = "LoginName") public String loginName;
    @JacksonXmlProperty(localName = "DomainRequired") public String domainRequired;
    @JacksonXmlProperty(localName = "SPA") public String spa;
    @JacksonXmlProperty(localName = "SSL") public String ssl;
    @JacksonXmlProperty(localName = "AuthRequired") public String authRequired;
    @JacksonXmlProperty(localName = "UsePOPAuth") public String usePopAuth;
    @JacksonXmlProperty(localName = "SMTPLast") public String smtpLast;
    @JacksonXmlProperty(localName = "Encryption") public String encryption;
    @JacksonXmlProperty(localName = "AuthPackage") public String authPackage;
    @JacksonXmlProperty(localName = "CertPrincipalName") public String certPrincipalName;
    @JacksonXmlProperty(localName = "ServerExclusiveConnect") public String serverExclusiveConnect;
    @JacksonXmlProperty(localName = "ASUrl") public String asUrl;
    @JacksonXmlProperty(localName = "EwsUrl") public String ewsUrl;
    @JacksonXmlProperty(localName = "EmwsUrl") public String emwsUrl;
    @JacksonXmlProperty(localName = "SharingUrl") public String sharingUrl;
    @JacksonXmlProperty(localName = "EcpUrl") public String ecpUrl;
    @JacksonXmlProperty(localName = "EcpUrl-um") public String ecpUrlUm;
    @JacksonXmlProperty(localName = "EcpUrl-aggr") public String ecpUrlAggr;
    @JacksonXmlProperty(localName = "EcpUrl-mt") public String ecpUrlMt;
    @JacksonXmlProperty(localName = "EcpUrl-ret") public String ecpUrlRet;
    @JacksonXmlProperty(localName = "EcpUrl-sms") public String ecpUrlSms;
    @JacksonXmlProperty(localName = "EcpUrl-publish") public String ecpUrlPublish;
    @JacksonXmlProperty(localName = "EcpUrl-photo") public String ecpUrlPhoto;
    @JacksonXmlProperty(localName = "EcpUrl-connect") public String ecpUrlConnect;
    @JacksonXmlProperty(localName = "EcpUrl-tm") public String ecpUrlTm;
    @JacksonXmlProperty(localName = "EcpUrl-tmCreating") public String ecpUrlTmCreating;
    @JacksonXmlProperty(localName = "EcpUrl-tmEditing") public String ecpUrlTmEditing;
    @JacksonXmlProperty(localName = "EcpUrl-tmHiding") public String ecpUrlTmHiding;
    @JacksonXmlProperty(localName = "EcpUrl-extinstall") public String ecpUrlExtinstall;
    @JacksonXmlProperty(localName = "OOFUrl") public String oofUrl;
    @JacksonXmlProperty(localName = "OABUrl") public String oabUrl;
    @JacksonXmlProperty(localName = "UMUrl") public String umUrl;
    @JacksonXmlProperty(localName = "Internal") public WebAccess internal;
    @JacksonXmlProperty(localName = "External") public WebAccess external;
  }

  public static final class WebAccess {
    @JacksonXmlElementWrapper(useWrapping = false)
    @JacksonXmlProperty(localName = "OWAUrl") public List<OwaUrl> owaUrls;
    @JacksonXmlProperty(localName = "Protocol") public Protocol protocol;
  }

  public static final class OwaUrl {
    @JacksonXmlProperty(isAttribute = true, localName = "AuthenticationMethod") public String authenticationMethod;
    @JacksonXmlText public String value;
  }
}
