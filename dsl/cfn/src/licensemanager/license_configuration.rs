// @generated from AWS::LicenseManager::LicenseConfiguration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::LicenseManager::LicenseConfiguration` and its property types.

/// Resource schema for AWS::LicenseManager::LicenseConfiguration.
///
/// CloudFormation type `AWS::LicenseManager::LicenseConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct LicenseConfiguration {
    props: ::forma_core::schema::Props,
}
impl LicenseConfiguration {
    /// A new resource with its required properties: `LicenseCountingType`, `Name`.
    #[track_caller]
    pub fn new(
        license_counting_type: impl ::forma_core::schema::EnumArg<LicenseCountingType>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(4, license_counting_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(7, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Description of the license configuration.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// When true, disassociates a resource when software is uninstalled.
    #[track_caller]
    pub fn disassociate_when_not_found(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Number of licenses managed by the license configuration.
    #[track_caller]
    pub fn license_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether hard or soft license enforcement is used.
    #[track_caller]
    pub fn license_count_hard_limit(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// License configuration expiry as an epoch timestamp (seconds since 1970-01-01T00:00:00Z).
    #[track_caller]
    pub fn license_expiry(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// License rules.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn license_rules(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Product information.
    #[track_caller]
    pub fn product_information_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ProductInformation>>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags to add to the license configuration.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for LicenseConfiguration {
    type Attributes = LicenseConfigurationAttributes;
    fn type_name(&self) -> &str {
        "AWS::LicenseManager::LicenseConfiguration"
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
/// The attributes of a `AWS::LicenseManager::LicenseConfiguration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LicenseConfigurationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LicenseConfigurationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LicenseConfigurationAttributes {
    /// `Fn::GetAtt` `LicenseConfigurationId`.
    pub fn license_configuration_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LicenseConfigurationId")
    }
    /// `Fn::GetAtt` `LicenseConfigurationArn`.
    pub fn license_configuration_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LicenseConfigurationArn")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `OwnerAccountId`.
    pub fn owner_account_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OwnerAccountId")
    }
}

/// The values CloudFormation documents: `vCPU`, `Instance`, `Core`, `Socket`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LicenseCountingType {
    /// `vCPU`
    VCpu,
    /// `Instance`
    Instance,
    /// `Core`
    Core,
    /// `Socket`
    Socket,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LicenseCountingType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VCpu => "vCPU",
            Self::Instance => "Instance",
            Self::Core => "Core",
            Self::Socket => "Socket",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["vCPU", "Instance", "Core", "Socket"]
    }
}
impl ::std::convert::From<LicenseCountingType> for ::forma_core::Value<LicenseCountingType> {
    fn from(v: LicenseCountingType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LicenseCountingType {}

/// Describes product information for a license configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct ProductInformation {
    props: ::forma_core::schema::Props,
}
impl ProductInformation {
    /// A new value with its required properties: `ProductInformationFilterList`, `ResourceType`.
    pub fn new(
        product_information_filter_list: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<ProductInformationFilter>>,
        >,
        resource_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, product_information_filter_list.into().into_expr());
        props.set(1, resource_type.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ProductInformation> for ::forma_core::Value<ProductInformation> {
    fn from(v: ProductInformation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PRODUCT_INFORMATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::LicenseManager::LicenseConfiguration`.
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

/// Describes a product information filter.
#[derive(Debug, Clone, PartialEq)]
pub struct ProductInformationFilter {
    props: ::forma_core::schema::Props,
}
impl ProductInformationFilter {
    /// A new value with its required properties: `ProductInformationFilterComparator`, `ProductInformationFilterName`.
    pub fn new(
        product_information_filter_comparator: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        product_information_filter_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, product_information_filter_comparator.into().into_expr());
        props.set(1, product_information_filter_name.into().into_expr());
        Self { props }
    }
    /// Filter value.
    pub fn product_information_filter_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ProductInformationFilter> for ::forma_core::Value<ProductInformationFilter> {
    fn from(v: ProductInformationFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PRODUCT_INFORMATION_FILTER_TYPE.properties))
    }
}

/// The schema of `AWS::LicenseManager::LicenseConfiguration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::LicenseManager::LicenseConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DisassociateWhenNotFound",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "LicenseCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "LicenseCountHardLimit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "LicenseCountingType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["vCPU", "Instance", "Core", "Socket"]),
        },
        ::forma_core::schema::Property {
            name: "LicenseExpiry",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "LicenseRules",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ProductInformationList",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PRODUCT_INFORMATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
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
    ],
    rules: &[],
    attributes: &["LicenseConfigurationId", "LicenseConfigurationArn", "Status", "OwnerAccountId"],
};

static PRODUCT_INFORMATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LicenseManager::LicenseConfiguration.ProductInformation",
    properties: &[
        ::forma_core::schema::Property {
            name: "ProductInformationFilterList",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PRODUCT_INFORMATION_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LicenseManager::LicenseConfiguration.Tag",
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

static PRODUCT_INFORMATION_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LicenseManager::LicenseConfiguration.ProductInformationFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "ProductInformationFilterComparator",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ProductInformationFilterName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ProductInformationFilterValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};
