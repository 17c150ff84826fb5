// @generated from AWS::LicenseManager::License (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::LicenseManager::License` and its property types.

/// Resource Type definition for AWS::LicenseManager::License
///
/// CloudFormation type `AWS::LicenseManager::License`.
#[derive(Debug, Clone, PartialEq)]
pub struct License {
    props: ::forma_core::schema::Props,
}
impl License {
    /// A new resource with its required properties: `Beneficiary`, `ConsumptionConfiguration`, `Entitlements`, `HomeRegion`, `Issuer`, `LicenseName`, `ProductName`, `ProductSKU`, `Validity`.
    #[allow(clippy::too_many_arguments)]
    #[track_caller]
    pub fn new(
        beneficiary: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        consumption_configuration: impl ::std::convert::Into<::forma_core::Value<ConsumptionConfiguration>>,
        entitlements: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Entitlement>>>,
        home_region: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        issuer: impl ::std::convert::Into<::forma_core::Value<IssuerData>>,
        license_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        product_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        product_sku: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        validity: impl ::std::convert::Into<::forma_core::Value<ValidityDateFormat>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, beneficiary.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, consumption_configuration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, entitlements.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, home_region.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, issuer.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, license_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, product_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, product_sku.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(11, validity.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `LicenseMetadata`.
    #[track_caller]
    pub fn license_metadata(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Metadata>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Status`.
    #[track_caller]
    pub fn status(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of tags to attach.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for License {
    type Attributes = LicenseAttributes;
    fn type_name(&self) -> &str {
        "AWS::LicenseManager::License"
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
/// The attributes of a `AWS::LicenseManager::License` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LicenseAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LicenseAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LicenseAttributes {
    /// `Fn::GetAtt` `LicenseArn`.
    pub fn license_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LicenseArn")
    }
    /// `Fn::GetAtt` `Version`.
    pub fn version(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Version")
    }
}

/// The values CloudFormation documents: `Monthly`, `None`, `Weekly`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RenewType {
    /// `Monthly`
    Monthly,
    /// `None`
    None,
    /// `Weekly`
    Weekly,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RenewType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Monthly => "Monthly",
            Self::None => "None",
            Self::Weekly => "Weekly",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Monthly", "None", "Weekly"]
    }
}
impl ::std::convert::From<RenewType> for ::forma_core::Value<RenewType> {
    fn from(v: RenewType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RenewType {}

/// The `ConsumptionConfiguration` property type of `AWS::LicenseManager::License`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConsumptionConfiguration {
    props: ::forma_core::schema::Props,
}
impl ConsumptionConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BorrowConfiguration`.
    pub fn borrow_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BorrowConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ProvisionalConfiguration`.
    pub fn provisional_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ProvisionalConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `RenewType`.
    pub fn renew_type(mut self, value: impl ::forma_core::schema::EnumArg<RenewType>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for ConsumptionConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ConsumptionConfiguration> for ::forma_core::Value<ConsumptionConfiguration> {
    fn from(v: ConsumptionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONSUMPTION_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Bits`, `Bits/Second`, `Bytes`, `Bytes/Second`, `Count`, `Count/Second`, `Gigabits`, `Gigabits/Second`, `Gigabytes`, `Gigabytes/Second`, `Kilobits`, `Kilobits/Second`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Unit {
    /// `Bits`
    Bits,
    /// `Bits/Second`
    BitsSecond,
    /// `Bytes`
    Bytes,
    /// `Bytes/Second`
    BytesSecond,
    /// `Count`
    Count,
    /// `Count/Second`
    CountSecond,
    /// `Gigabits`
    Gigabits,
    /// `Gigabits/Second`
    GigabitsSecond,
    /// `Gigabytes`
    Gigabytes,
    /// `Gigabytes/Second`
    GigabytesSecond,
    /// `Kilobits`
    Kilobits,
    /// `Kilobits/Second`
    KilobitsSecond,
    /// `Kilobytes`
    Kilobytes,
    /// `Kilobytes/Second`
    KilobytesSecond,
    /// `Megabits`
    Megabits,
    /// `Megabits/Second`
    MegabitsSecond,
    /// `Megabytes`
    Megabytes,
    /// `Megabytes/Second`
    MegabytesSecond,
    /// `Microseconds`
    Microseconds,
    /// `Milliseconds`
    Milliseconds,
    /// `None`
    None,
    /// `Percent`
    Percent,
    /// `Seconds`
    Seconds,
    /// `Terabits`
    Terabits,
    /// `Terabits/Second`
    TerabitsSecond,
    /// `Terabytes`
    Terabytes,
    /// `Terabytes/Second`
    TerabytesSecond,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Unit {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Bits => "Bits",
            Self::BitsSecond => "Bits/Second",
            Self::Bytes => "Bytes",
            Self::BytesSecond => "Bytes/Second",
            Self::Count => "Count",
            Self::CountSecond => "Count/Second",
            Self::Gigabits => "Gigabits",
            Self::GigabitsSecond => "Gigabits/Second",
            Self::Gigabytes => "Gigabytes",
            Self::GigabytesSecond => "Gigabytes/Second",
            Self::Kilobits => "Kilobits",
            Self::KilobitsSecond => "Kilobits/Second",
            Self::Kilobytes => "Kilobytes",
            Self::KilobytesSecond => "Kilobytes/Second",
            Self::Megabits => "Megabits",
            Self::MegabitsSecond => "Megabits/Second",
            Self::Megabytes => "Megabytes",
            Self::MegabytesSecond => "Megabytes/Second",
            Self::Microseconds => "Microseconds",
            Self::Milliseconds => "Milliseconds",
            Self::None => "None",
            Self::Percent => "Percent",
            Self::Seconds => "Seconds",
            Self::Terabits => "Terabits",
            Self::TerabitsSecond => "Terabits/Second",
            Self::Terabytes => "Terabytes",
            Self::TerabytesSecond => "Terabytes/Second",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "Bits",
            "Bits/Second",
            "Bytes",
            "Bytes/Second",
            "Count",
            "Count/Second",
            "Gigabits",
            "Gigabits/Second",
            "Gigabytes",
            "Gigabytes/Second",
            "Kilobits",
            "Kilobits/Second",
            "Kilobytes",
            "Kilobytes/Second",
            "Megabits",
            "Megabits/Second",
            "Megabytes",
            "Megabytes/Second",
            "Microseconds",
            "Milliseconds",
            "None",
            "Percent",
            "Seconds",
            "Terabits",
            "Terabits/Second",
            "Terabytes",
            "Terabytes/Second",
        ]
    }
}
impl ::std::convert::From<Unit> for ::forma_core::Value<Unit> {
    fn from(v: Unit) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Unit {}

/// The `Entitlement` property type of `AWS::LicenseManager::License`.
#[derive(Debug, Clone, PartialEq)]
pub struct Entitlement {
    props: ::forma_core::schema::Props,
}
impl Entitlement {
    /// A new value with its required properties: `Name`, `Unit`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        unit: impl ::forma_core::schema::EnumArg<Unit>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, name.into().into_expr());
        props.set(4, unit.into_enum_expr());
        Self { props }
    }
    /// `AllowCheckIn`.
    pub fn allow_check_in(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MaxCount`.
    pub fn max_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Overage`.
    pub fn overage(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Entitlement> for ::forma_core::Value<Entitlement> {
    fn from(v: Entitlement) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENTITLEMENT_TYPE.properties))
    }
}

/// The `IssuerData` property type of `AWS::LicenseManager::License`.
#[derive(Debug, Clone, PartialEq)]
pub struct IssuerData {
    props: ::forma_core::schema::Props,
}
impl IssuerData {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        Self { props }
    }
    /// `SignKey`.
    pub fn sign_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<IssuerData> for ::forma_core::Value<IssuerData> {
    fn from(v: IssuerData) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ISSUER_DATA_TYPE.properties))
    }
}

/// The `Metadata` property type of `AWS::LicenseManager::License`.
#[derive(Debug, Clone, PartialEq)]
pub struct Metadata {
    props: ::forma_core::schema::Props,
}
impl Metadata {
    /// A new value with its required properties: `Name`, `Value`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Metadata> for ::forma_core::Value<Metadata> {
    fn from(v: Metadata) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METADATA_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
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

/// The `ValidityDateFormat` property type of `AWS::LicenseManager::License`.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidityDateFormat {
    props: ::forma_core::schema::Props,
}
impl ValidityDateFormat {
    /// A new value with its required properties: `Begin`, `End`.
    pub fn new(
        begin: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        end: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, begin.into().into_expr());
        props.set(1, end.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ValidityDateFormat> for ::forma_core::Value<ValidityDateFormat> {
    fn from(v: ValidityDateFormat) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VALIDITY_DATE_FORMAT_TYPE.properties))
    }
}

/// The `BorrowConfiguration` property type of `AWS::LicenseManager::License`.
#[derive(Debug, Clone, PartialEq)]
pub struct BorrowConfiguration {
    props: ::forma_core::schema::Props,
}
impl BorrowConfiguration {
    /// A new value with its required properties: `AllowEarlyCheckIn`, `MaxTimeToLiveInMinutes`.
    pub fn new(
        allow_early_check_in: impl ::std::convert::Into<::forma_core::Value<bool>>,
        max_time_to_live_in_minutes: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, allow_early_check_in.into().into_expr());
        props.set(1, max_time_to_live_in_minutes.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<BorrowConfiguration> for ::forma_core::Value<BorrowConfiguration> {
    fn from(v: BorrowConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BORROW_CONFIGURATION_TYPE.properties))
    }
}

/// The `ProvisionalConfiguration` property type of `AWS::LicenseManager::License`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProvisionalConfiguration {
    props: ::forma_core::schema::Props,
}
impl ProvisionalConfiguration {
    /// A new value with its required properties: `MaxTimeToLiveInMinutes`.
    pub fn new(max_time_to_live_in_minutes: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, max_time_to_live_in_minutes.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ProvisionalConfiguration> for ::forma_core::Value<ProvisionalConfiguration> {
    fn from(v: ProvisionalConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROVISIONAL_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::LicenseManager::License`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::LicenseManager::License",
    properties: &[
        ::forma_core::schema::Property {
            name: "Beneficiary",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ConsumptionConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONSUMPTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Entitlements",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ENTITLEMENT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "HomeRegion",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Issuer",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ISSUER_DATA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LicenseMetadata",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&METADATA_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "LicenseName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ProductName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ProductSKU",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Validity",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VALIDITY_DATE_FORMAT_TYPE),
        },
    ],
    rules: &[],
    attributes: &["LicenseArn", "Version"],
};

static CONSUMPTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LicenseManager::License.ConsumptionConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "BorrowConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BORROW_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ProvisionalConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROVISIONAL_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RenewType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Monthly", "None", "Weekly"]),
        },
    ],
    rules: &[],
};

static ENTITLEMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LicenseManager::License.Entitlement",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllowCheckIn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "MaxCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Overage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Unit",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "Bits",
                "Bits/Second",
                "Bytes",
                "Bytes/Second",
                "Count",
                "Count/Second",
                "Gigabits",
                "Gigabits/Second",
                "Gigabytes",
                "Gigabytes/Second",
                "Kilobits",
                "Kilobits/Second",
                "Kilobytes",
                "Kilobytes/Second",
                "Megabits",
                "Megabits/Second",
                "Megabytes",
                "Megabytes/Second",
                "Microseconds",
                "Milliseconds",
                "None",
                "Percent",
                "Seconds",
                "Terabits",
                "Terabits/Second",
                "Terabytes",
                "Terabytes/Second",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ISSUER_DATA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LicenseManager::License.IssuerData",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SignKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static METADATA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LicenseManager::License.Metadata",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LicenseManager::License.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static VALIDITY_DATE_FORMAT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::LicenseManager::License.ValidityDateFormat",
properties: &[
::forma_core::schema::Property { name: "Begin", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(-?(?:[1-9][0-9]*)?[0-9]{4})-(1[0-2]|0[1-9])-(3[0-1]|0[1-9]|[1-2][0-9])T(2[0-3]|[0-1][0-9]):([0-5][0-9]):([0-5][0-9])(\\.[0-9]+)?(Z|[+-](?:2[ 0-3]|[0-1][0-9]):[0-5][0-9])+$"), min_length: Some(0), max_length: Some(50) }) },
::forma_core::schema::Property { name: "End", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(-?(?:[1-9][0-9]*)?[0-9]{4})-(1[0-2]|0[1-9])-(3[0-1]|0[1-9]|[1-2][0-9])T(2[0-3]|[0-1][0-9]):([0-5][0-9]):([0-5][0-9])(\\.[0-9]+)?(Z|[+-](?:2[ 0-3]|[0-1][0-9]):[0-5][0-9])+$"), min_length: Some(0), max_length: Some(50) }) },
],
rules: &[],
};

static BORROW_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LicenseManager::License.BorrowConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllowEarlyCheckIn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "MaxTimeToLiveInMinutes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static PROVISIONAL_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LicenseManager::License.ProvisionalConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "MaxTimeToLiveInMinutes",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
    }],
    rules: &[],
};
