// @generated from AWS::Invoicing::ProcurementPortalPreference (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Invoicing::ProcurementPortalPreference` and its property types.

/// Creates and manages a procurement portal preference configuration for e-invoice delivery and purchase order retrieval.
///
/// CloudFormation type `AWS::Invoicing::ProcurementPortalPreference`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProcurementPortalPreference {
    props: ::forma_core::schema::Props,
}
impl ProcurementPortalPreference {
    /// A new resource with its required properties: `BuyerDomain`, `BuyerIdentifier`, `Contacts`, `EinvoiceDeliveryEnabled`, `ProcurementPortalName`, `PurchaseOrderRetrievalEnabled`, `SupplierDomain`, `SupplierIdentifier`.
    #[allow(clippy::too_many_arguments)]
    #[track_caller]
    pub fn new(
        buyer_domain: impl ::forma_core::schema::EnumArg<BuyerDomain>,
        buyer_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        contacts: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Contact>>>,
        einvoice_delivery_enabled: impl ::std::convert::Into<::forma_core::Value<bool>>,
        procurement_portal_name: impl ::forma_core::schema::EnumArg<ProcurementPortalName>,
        purchase_order_retrieval_enabled: impl ::std::convert::Into<::forma_core::Value<bool>>,
        supplier_domain: impl ::forma_core::schema::EnumArg<SupplierDomain>,
        supplier_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, buyer_domain.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(1, buyer_identifier.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, contacts.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, einvoice_delivery_enabled.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, procurement_portal_name.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(8, purchase_order_retrieval_enabled.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(10, supplier_domain.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(11, supplier_identifier.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Specifies the preferences for e-invoice delivery.
    #[track_caller]
    pub fn einvoice_delivery_preference(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EinvoiceDeliveryPreference>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The endpoint URL where e-invoices are delivered to the procurement portal.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn procurement_portal_instance_endpoint(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The shared secret or authentication credential used for secure communication with the procurement portal.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn procurement_portal_shared_secret(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies criteria for selecting which invoices should be processed.
    #[track_caller]
    pub fn selector(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ProcurementPortalPreferenceSelector>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags associated with this procurement portal preference.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration settings for the test environment of the procurement portal.
    #[track_caller]
    pub fn test_env_preference(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TestEnvPreference>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ProcurementPortalPreference {
    type Attributes = ProcurementPortalPreferenceAttributes;
    fn type_name(&self) -> &str {
        "AWS::Invoicing::ProcurementPortalPreference"
    }
    fn into_properties(self) -> ::forma_core::schema::Object {
        self.props.into_object(SPEC.properties)
    }
    fn into_parts(self) -> (::forma_core::schema::Object, ::forma_core::schema::SetAt) {
        self.props.into_parts(SPEC.properties)
    }
    fn schema(&self) -> ::std::option::Option<&'static ::forma_core::schema::ResourceType> {
        Some(&SPEC)
    }
}
/// The attributes of a `AWS::Invoicing::ProcurementPortalPreference` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ProcurementPortalPreferenceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ProcurementPortalPreferenceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ProcurementPortalPreferenceAttributes {
    /// `Fn::GetAtt` `ProcurementPortalPreferenceArn`.
    pub fn procurement_portal_preference_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ProcurementPortalPreferenceArn")
    }
    /// `Fn::GetAtt` `AwsAccountId`.
    pub fn aws_account_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AwsAccountId")
    }
    /// `Fn::GetAtt` `CreateDate`.
    pub fn create_date(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreateDate")
    }
    /// `Fn::GetAtt` `LastUpdateDate`.
    pub fn last_update_date(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdateDate")
    }
    /// `Fn::GetAtt` `Version`.
    pub fn version(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "Version")
    }
    /// `Fn::GetAtt` `EinvoiceDeliveryPreferenceStatus`.
    pub fn einvoice_delivery_preference_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EinvoiceDeliveryPreferenceStatus")
    }
    /// `Fn::GetAtt` `PurchaseOrderRetrievalPreferenceStatus`.
    pub fn purchase_order_retrieval_preference_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PurchaseOrderRetrievalPreferenceStatus")
    }
    /// `Fn::GetAtt` `PurchaseOrderRetrievalEndpoint`.
    pub fn purchase_order_retrieval_endpoint(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PurchaseOrderRetrievalEndpoint")
    }
}

/// The values CloudFormation documents: `NetworkID`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BuyerDomain {
    /// `NetworkID`
    NetworkId,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl BuyerDomain {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NetworkId => "NetworkID",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NetworkID"]
    }
}
impl ::std::convert::From<BuyerDomain> for ::forma_core::Value<BuyerDomain> {
    fn from(v: BuyerDomain) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for BuyerDomain {}

/// The values CloudFormation documents: `SAP_BUSINESS_NETWORK`, `COUPA`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ProcurementPortalName {
    /// `SAP_BUSINESS_NETWORK`
    SapBusinessNetwork,
    /// `COUPA`
    Coupa,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ProcurementPortalName {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SapBusinessNetwork => "SAP_BUSINESS_NETWORK",
            Self::Coupa => "COUPA",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SAP_BUSINESS_NETWORK", "COUPA"]
    }
}
impl ::std::convert::From<ProcurementPortalName> for ::forma_core::Value<ProcurementPortalName> {
    fn from(v: ProcurementPortalName) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ProcurementPortalName {}

/// The values CloudFormation documents: `NetworkID`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SupplierDomain {
    /// `NetworkID`
    NetworkId,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SupplierDomain {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NetworkId => "NetworkID",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NetworkID"]
    }
}
impl ::std::convert::From<SupplierDomain> for ::forma_core::Value<SupplierDomain> {
    fn from(v: SupplierDomain) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SupplierDomain {}

/// Contact information for a person or role associated with the procurement portal preference.
#[derive(Debug, Clone, PartialEq)]
pub struct Contact {
    props: ::forma_core::schema::Props,
}
impl Contact {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The email address of the contact person or role.
    ///
    /// Allowed: length 1 to 1024.
    pub fn email(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The name of the contact person or role.
    ///
    /// Allowed: length 0 to 1024.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Contact {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Contact> for ::forma_core::Value<Contact> {
    fn from(v: Contact) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTACT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `PROD_ENV_DOLLAR_TEST`, `TEST_ENV_REPLAY_TEST`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConnectionTestingMethod {
    /// `PROD_ENV_DOLLAR_TEST`
    ProdEnvDollarTest,
    /// `TEST_ENV_REPLAY_TEST`
    TestEnvReplayTest,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ConnectionTestingMethod {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ProdEnvDollarTest => "PROD_ENV_DOLLAR_TEST",
            Self::TestEnvReplayTest => "TEST_ENV_REPLAY_TEST",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PROD_ENV_DOLLAR_TEST", "TEST_ENV_REPLAY_TEST"]
    }
}
impl ::std::convert::From<ConnectionTestingMethod> for ::forma_core::Value<ConnectionTestingMethod> {
    fn from(v: ConnectionTestingMethod) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ConnectionTestingMethod {}

/// The values CloudFormation documents: `INVOICE_PDF`, `RFP_PDF`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EinvoiceDeliveryAttachmentTypes {
    /// `INVOICE_PDF`
    InvoicePdf,
    /// `RFP_PDF`
    RfpPdf,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EinvoiceDeliveryAttachmentTypes {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InvoicePdf => "INVOICE_PDF",
            Self::RfpPdf => "RFP_PDF",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["INVOICE_PDF", "RFP_PDF"]
    }
}
impl ::std::convert::From<EinvoiceDeliveryAttachmentTypes> for ::forma_core::Value<EinvoiceDeliveryAttachmentTypes> {
    fn from(v: EinvoiceDeliveryAttachmentTypes) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EinvoiceDeliveryAttachmentTypes {}

/// The values CloudFormation documents: `AWS_CLOUD_INVOICE`, `AWS_CLOUD_CREDIT_MEMO`, `AWS_MARKETPLACE_INVOICE`, `AWS_MARKETPLACE_CREDIT_MEMO`, `AWS_REQUEST_FOR_PAYMENT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EinvoiceDeliveryDocumentTypes {
    /// `AWS_CLOUD_INVOICE`
    AwsCloudInvoice,
    /// `AWS_CLOUD_CREDIT_MEMO`
    AwsCloudCreditMemo,
    /// `AWS_MARKETPLACE_INVOICE`
    AwsMarketplaceInvoice,
    /// `AWS_MARKETPLACE_CREDIT_MEMO`
    AwsMarketplaceCreditMemo,
    /// `AWS_REQUEST_FOR_PAYMENT`
    AwsRequestForPayment,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EinvoiceDeliveryDocumentTypes {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AwsCloudInvoice => "AWS_CLOUD_INVOICE",
            Self::AwsCloudCreditMemo => "AWS_CLOUD_CREDIT_MEMO",
            Self::AwsMarketplaceInvoice => "AWS_MARKETPLACE_INVOICE",
            Self::AwsMarketplaceCreditMemo => "AWS_MARKETPLACE_CREDIT_MEMO",
            Self::AwsRequestForPayment => "AWS_REQUEST_FOR_PAYMENT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "AWS_CLOUD_INVOICE",
            "AWS_CLOUD_CREDIT_MEMO",
            "AWS_MARKETPLACE_INVOICE",
            "AWS_MARKETPLACE_CREDIT_MEMO",
            "AWS_REQUEST_FOR_PAYMENT",
        ]
    }
}
impl ::std::convert::From<EinvoiceDeliveryDocumentTypes> for ::forma_core::Value<EinvoiceDeliveryDocumentTypes> {
    fn from(v: EinvoiceDeliveryDocumentTypes) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EinvoiceDeliveryDocumentTypes {}

/// The values CloudFormation documents: `CXML`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Protocol {
    /// `CXML`
    Cxml,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Protocol {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cxml => "CXML",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CXML"]
    }
}
impl ::std::convert::From<Protocol> for ::forma_core::Value<Protocol> {
    fn from(v: Protocol) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Protocol {}

/// Specifies the preferences for e-invoice delivery.
#[derive(Debug, Clone, PartialEq)]
pub struct EinvoiceDeliveryPreference {
    props: ::forma_core::schema::Props,
}
impl EinvoiceDeliveryPreference {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The method to use for testing the connection to the procurement portal.
    pub fn connection_testing_method(
        mut self,
        value: impl ::forma_core::schema::EnumArg<ConnectionTestingMethod>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The ISO 8601 date-time when e-invoice delivery should be activated.
    pub fn einvoice_delivery_activation_date(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The types of attachments to include with the e-invoice delivery.
    pub fn einvoice_delivery_attachment_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EinvoiceDeliveryAttachmentTypes>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The types of e-invoice documents to be delivered.
    pub fn einvoice_delivery_document_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EinvoiceDeliveryDocumentTypes>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The communication protocol to use for e-invoice delivery.
    pub fn protocol(mut self, value: impl ::forma_core::schema::EnumArg<Protocol>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
    /// The sources of purchase order data.
    pub fn purchase_order_data_sources(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PurchaseOrderDataSource>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EinvoiceDeliveryPreference {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EinvoiceDeliveryPreference> for ::forma_core::Value<EinvoiceDeliveryPreference> {
    fn from(v: EinvoiceDeliveryPreference) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EINVOICE_DELIVERY_PREFERENCE_TYPE.properties))
    }
}

/// Specifies criteria for selecting which invoices should be processed.
#[derive(Debug, Clone, PartialEq)]
pub struct ProcurementPortalPreferenceSelector {
    props: ::forma_core::schema::Props,
}
impl ProcurementPortalPreferenceSelector {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Amazon Resource Name (ARN) of invoice unit identifiers to which this preference applies.
    pub fn invoice_unit_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ProcurementPortalPreferenceSelector {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ProcurementPortalPreferenceSelector>
    for ::forma_core::Value<ProcurementPortalPreferenceSelector>
{
    fn from(v: ProcurementPortalPreferenceSelector) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROCUREMENT_PORTAL_PREFERENCE_SELECTOR_TYPE.properties))
    }
}

/// A tag key-value pair.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`, `Value`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// Configuration settings for the test environment of the procurement portal.
#[derive(Debug, Clone, PartialEq)]
pub struct TestEnvPreference {
    props: ::forma_core::schema::Props,
}
impl TestEnvPreference {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The domain identifier for the buyer in the test environment.
    pub fn buyer_domain(mut self, value: impl ::forma_core::schema::EnumArg<BuyerDomain>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The unique identifier for the buyer in the test environment.
    ///
    /// Allowed: length 0 to 1024.
    pub fn buyer_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The endpoint URL for e-invoice delivery in the test environment.
    ///
    /// Allowed: length 0 to 1024.
    pub fn procurement_portal_instance_endpoint(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The shared secret for secure communication in the test environment.
    ///
    /// Allowed: length 0 to 1024.
    pub fn procurement_portal_shared_secret(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The domain identifier for the supplier in the test environment.
    pub fn supplier_domain(mut self, value: impl ::forma_core::schema::EnumArg<SupplierDomain>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
    /// The unique identifier for the supplier in the test environment.
    ///
    /// Allowed: length 0 to 1024.
    pub fn supplier_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TestEnvPreference {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TestEnvPreference> for ::forma_core::Value<TestEnvPreference> {
    fn from(v: TestEnvPreference) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TEST_ENV_PREFERENCE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AWS_CLOUD_INVOICE`, `AWS_CLOUD_CREDIT_MEMO`, `AWS_MARKETPLACE_INVOICE`, `AWS_MARKETPLACE_CREDIT_MEMO`, `AWS_REQUEST_FOR_PAYMENT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EinvoiceDeliveryDocumentType {
    /// `AWS_CLOUD_INVOICE`
    AwsCloudInvoice,
    /// `AWS_CLOUD_CREDIT_MEMO`
    AwsCloudCreditMemo,
    /// `AWS_MARKETPLACE_INVOICE`
    AwsMarketplaceInvoice,
    /// `AWS_MARKETPLACE_CREDIT_MEMO`
    AwsMarketplaceCreditMemo,
    /// `AWS_REQUEST_FOR_PAYMENT`
    AwsRequestForPayment,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EinvoiceDeliveryDocumentType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AwsCloudInvoice => "AWS_CLOUD_INVOICE",
            Self::AwsCloudCreditMemo => "AWS_CLOUD_CREDIT_MEMO",
            Self::AwsMarketplaceInvoice => "AWS_MARKETPLACE_INVOICE",
            Self::AwsMarketplaceCreditMemo => "AWS_MARKETPLACE_CREDIT_MEMO",
            Self::AwsRequestForPayment => "AWS_REQUEST_FOR_PAYMENT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "AWS_CLOUD_INVOICE",
            "AWS_CLOUD_CREDIT_MEMO",
            "AWS_MARKETPLACE_INVOICE",
            "AWS_MARKETPLACE_CREDIT_MEMO",
            "AWS_REQUEST_FOR_PAYMENT",
        ]
    }
}
impl ::std::convert::From<EinvoiceDeliveryDocumentType> for ::forma_core::Value<EinvoiceDeliveryDocumentType> {
    fn from(v: EinvoiceDeliveryDocumentType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EinvoiceDeliveryDocumentType {}

/// The values CloudFormation documents: `ASSOCIATED_PURCHASE_ORDER_REQUIRED`, `PURCHASE_ORDER_NOT_REQUIRED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PurchaseOrderDataSourceType {
    /// `ASSOCIATED_PURCHASE_ORDER_REQUIRED`
    AssociatedPurchaseOrderRequired,
    /// `PURCHASE_ORDER_NOT_REQUIRED`
    PurchaseOrderNotRequired,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PurchaseOrderDataSourceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AssociatedPurchaseOrderRequired => "ASSOCIATED_PURCHASE_ORDER_REQUIRED",
            Self::PurchaseOrderNotRequired => "PURCHASE_ORDER_NOT_REQUIRED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ASSOCIATED_PURCHASE_ORDER_REQUIRED", "PURCHASE_ORDER_NOT_REQUIRED"]
    }
}
impl ::std::convert::From<PurchaseOrderDataSourceType> for ::forma_core::Value<PurchaseOrderDataSourceType> {
    fn from(v: PurchaseOrderDataSourceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PurchaseOrderDataSourceType {}

/// Specifies the source configuration for retrieving purchase order data.
#[derive(Debug, Clone, PartialEq)]
pub struct PurchaseOrderDataSource {
    props: ::forma_core::schema::Props,
}
impl PurchaseOrderDataSource {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The type of e-invoice document that requires purchase order data.
    pub fn einvoice_delivery_document_type(
        mut self,
        value: impl ::forma_core::schema::EnumArg<EinvoiceDeliveryDocumentType>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The type of source for purchase order data.
    pub fn purchase_order_data_source_type(
        mut self,
        value: impl ::forma_core::schema::EnumArg<PurchaseOrderDataSourceType>,
    ) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for PurchaseOrderDataSource {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PurchaseOrderDataSource> for ::forma_core::Value<PurchaseOrderDataSource> {
    fn from(v: PurchaseOrderDataSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PURCHASE_ORDER_DATA_SOURCE_TYPE.properties))
    }
}

/// The schema of `AWS::Invoicing::ProcurementPortalPreference`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Invoicing::ProcurementPortalPreference",
    properties: &[
        ::forma_core::schema::Property {
            name: "BuyerDomain",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["NetworkID"]),
        },
        ::forma_core::schema::Property {
            name: "BuyerIdentifier",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\S+$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Contacts",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONTACT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "EinvoiceDeliveryEnabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EinvoiceDeliveryPreference",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EINVOICE_DELIVERY_PREFERENCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ProcurementPortalInstanceEndpoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\S+$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProcurementPortalName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["SAP_BUSINESS_NETWORK", "COUPA"]),
        },
        ::forma_core::schema::Property {
            name: "ProcurementPortalSharedSecret",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\S+$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "PurchaseOrderRetrievalEnabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Selector",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROCUREMENT_PORTAL_PREFERENCE_SELECTOR_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SupplierDomain",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["NetworkID"]),
        },
        ::forma_core::schema::Property {
            name: "SupplierIdentifier",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\S+$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) },
            ),
        },
        ::forma_core::schema::Property {
            name: "TestEnvPreference",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TEST_ENV_PREFERENCE_TYPE),
        },
    ],
    rules: &[],
    attributes: &[
        "ProcurementPortalPreferenceArn",
        "AwsAccountId",
        "CreateDate",
        "LastUpdateDate",
        "Version",
        "EinvoiceDeliveryPreferenceStatus",
        "PurchaseOrderRetrievalPreferenceStatus",
        "PurchaseOrderRetrievalEndpoint",
    ],
};

static CONTACT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Invoicing::ProcurementPortalPreference.Contact",
    properties: &[
        ::forma_core::schema::Property {
            name: "Email",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9._%+\\-]+@[a-zA-Z0-9.\\-]+\\.[a-zA-Z]{2,}$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\s\\S]*$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static EINVOICE_DELIVERY_PREFERENCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Invoicing::ProcurementPortalPreference.EinvoiceDeliveryPreference",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectionTestingMethod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PROD_ENV_DOLLAR_TEST", "TEST_ENV_REPLAY_TEST"]),
        },
        ::forma_core::schema::Property {
            name: "EinvoiceDeliveryActivationDate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EinvoiceDeliveryAttachmentTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["INVOICE_PDF", "RFP_PDF"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "EinvoiceDeliveryDocumentTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "AWS_CLOUD_INVOICE",
                    "AWS_CLOUD_CREDIT_MEMO",
                    "AWS_MARKETPLACE_INVOICE",
                    "AWS_MARKETPLACE_CREDIT_MEMO",
                    "AWS_REQUEST_FOR_PAYMENT",
                ]),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Protocol",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CXML"]),
        },
        ::forma_core::schema::Property {
            name: "PurchaseOrderDataSources",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PURCHASE_ORDER_DATA_SOURCE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static PROCUREMENT_PORTAL_PREFERENCE_SELECTOR_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Invoicing::ProcurementPortalPreference.ProcurementPortalPreferenceSelector",
        properties: &[::forma_core::schema::Property {
            name: "InvoiceUnitArns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^arn:aws[-a-z0-9]*:[a-z0-9]+:[-a-z0-9]*:[0-9]{12}:[-a-zA-Z0-9/:_]+$"),
                    min_length: Some(1),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(500) },
            ),
        }],
        rules: &[],
    };

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Invoicing::ProcurementPortalPreference.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static TEST_ENV_PREFERENCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Invoicing::ProcurementPortalPreference.TestEnvPreference",
    properties: &[
        ::forma_core::schema::Property {
            name: "BuyerDomain",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NetworkID"]),
        },
        ::forma_core::schema::Property {
            name: "BuyerIdentifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\S+$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProcurementPortalInstanceEndpoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\S+$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProcurementPortalSharedSecret",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\S+$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "SupplierDomain",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NetworkID"]),
        },
        ::forma_core::schema::Property {
            name: "SupplierIdentifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\S+$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static PURCHASE_ORDER_DATA_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Invoicing::ProcurementPortalPreference.PurchaseOrderDataSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "EinvoiceDeliveryDocumentType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "AWS_CLOUD_INVOICE",
                "AWS_CLOUD_CREDIT_MEMO",
                "AWS_MARKETPLACE_INVOICE",
                "AWS_MARKETPLACE_CREDIT_MEMO",
                "AWS_REQUEST_FOR_PAYMENT",
            ]),
        },
        ::forma_core::schema::Property {
            name: "PurchaseOrderDataSourceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "ASSOCIATED_PURCHASE_ORDER_REQUIRED",
                "PURCHASE_ORDER_NOT_REQUIRED",
            ]),
        },
    ],
    rules: &[],
};
