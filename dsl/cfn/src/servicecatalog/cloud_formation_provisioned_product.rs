// @generated from AWS::ServiceCatalog::CloudFormationProvisionedProduct (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ServiceCatalog::CloudFormationProvisionedProduct` and its property types.

/// Resource Type definition for AWS::ServiceCatalog::CloudFormationProvisionedProduct
///
/// CloudFormation type `AWS::ServiceCatalog::CloudFormationProvisionedProduct`.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudFormationProvisionedProduct {
    props: ::forma_core::schema::Props,
}
impl CloudFormationProvisionedProduct {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AcceptLanguage`.
    #[track_caller]
    pub fn accept_language(mut self, value: impl ::forma_core::schema::EnumArg<AcceptLanguage>) -> Self {
        self.props.set_at(0, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `NotificationArns`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn notification_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `PathId`.
    ///
    /// Allowed: length 1 to 100.
    #[track_caller]
    pub fn path_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `PathName`.
    ///
    /// Allowed: length 1 to 100.
    #[track_caller]
    pub fn path_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ProductId`.
    ///
    /// Allowed: length 1 to 100.
    #[track_caller]
    pub fn product_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ProductName`.
    ///
    /// Allowed: length 1 to 128.
    #[track_caller]
    pub fn product_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ProvisionedProductName`.
    ///
    /// Allowed: length 1 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn provisioned_product_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ProvisioningArtifactId`.
    ///
    /// Allowed: length 1 to 100.
    #[track_caller]
    pub fn provisioning_artifact_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ProvisioningArtifactName`.
    #[track_caller]
    pub fn provisioning_artifact_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ProvisioningParameters`.
    #[track_caller]
    pub fn provisioning_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ProvisioningParameter>>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ProvisioningPreferences`.
    #[track_caller]
    pub fn provisioning_preferences(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ProvisioningPreferences>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for CloudFormationProvisionedProduct {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for CloudFormationProvisionedProduct {
    type Attributes = CloudFormationProvisionedProductAttributes;
    fn type_name(&self) -> &str {
        "AWS::ServiceCatalog::CloudFormationProvisionedProduct"
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
/// The attributes of a `AWS::ServiceCatalog::CloudFormationProvisionedProduct` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CloudFormationProvisionedProductAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CloudFormationProvisionedProductAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CloudFormationProvisionedProductAttributes {
    /// `Fn::GetAtt` `RecordId`.
    pub fn record_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RecordId")
    }
    /// `Fn::GetAtt` `CloudformationStackArn`.
    pub fn cloudformation_stack_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CloudformationStackArn")
    }
    /// `Fn::GetAtt` `Outputs`.
    pub fn outputs(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Outputs")
    }
    /// `Fn::GetAtt` `ProvisionedProductId`.
    pub fn provisioned_product_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ProvisionedProductId")
    }
}

/// The values CloudFormation documents: `en`, `jp`, `zh`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AcceptLanguage {
    /// `en`
    En,
    /// `jp`
    Jp,
    /// `zh`
    Zh,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AcceptLanguage {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::En => "en",
            Self::Jp => "jp",
            Self::Zh => "zh",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["en", "jp", "zh"]
    }
}
impl ::std::convert::From<AcceptLanguage> for ::forma_core::Value<AcceptLanguage> {
    fn from(v: AcceptLanguage) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AcceptLanguage {}

/// The `ProvisioningParameter` property type of `AWS::ServiceCatalog::CloudFormationProvisionedProduct`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProvisioningParameter {
    props: ::forma_core::schema::Props,
}
impl ProvisioningParameter {
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
impl ::std::convert::From<ProvisioningParameter> for ::forma_core::Value<ProvisioningParameter> {
    fn from(v: ProvisioningParameter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROVISIONING_PARAMETER_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CREATE`, `UPDATE`, `DELETE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StackSetOperationType {
    /// `CREATE`
    Create,
    /// `UPDATE`
    Update,
    /// `DELETE`
    Delete,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StackSetOperationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Create => "CREATE",
            Self::Update => "UPDATE",
            Self::Delete => "DELETE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CREATE", "UPDATE", "DELETE"]
    }
}
impl ::std::convert::From<StackSetOperationType> for ::forma_core::Value<StackSetOperationType> {
    fn from(v: StackSetOperationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StackSetOperationType {}

/// The `ProvisioningPreferences` property type of `AWS::ServiceCatalog::CloudFormationProvisionedProduct`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProvisioningPreferences {
    props: ::forma_core::schema::Props,
}
impl ProvisioningPreferences {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `StackSetAccounts`.
    pub fn stack_set_accounts(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `StackSetFailureToleranceCount`.
    ///
    /// Allowed: at least 0.
    pub fn stack_set_failure_tolerance_count(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `StackSetFailureTolerancePercentage`.
    ///
    /// Allowed: 0 to 100.
    pub fn stack_set_failure_tolerance_percentage(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `StackSetMaxConcurrencyCount`.
    ///
    /// Allowed: at least 1.
    pub fn stack_set_max_concurrency_count(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `StackSetMaxConcurrencyPercentage`.
    ///
    /// Allowed: 1 to 100.
    pub fn stack_set_max_concurrency_percentage(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `StackSetOperationType`.
    pub fn stack_set_operation_type(
        mut self,
        value: impl ::forma_core::schema::EnumArg<StackSetOperationType>,
    ) -> Self {
        self.props.set(5, value.into_enum_expr());
        self
    }
    /// `StackSetRegions`.
    pub fn stack_set_regions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ProvisioningPreferences {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ProvisioningPreferences> for ::forma_core::Value<ProvisioningPreferences> {
    fn from(v: ProvisioningPreferences) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROVISIONING_PREFERENCES_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::ServiceCatalog::CloudFormationProvisionedProduct`.
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

/// The schema of `AWS::ServiceCatalog::CloudFormationProvisionedProduct`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ServiceCatalog::CloudFormationProvisionedProduct",
    properties: &[
        ::forma_core::schema::Property {
            name: "AcceptLanguage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["en", "jp", "zh"]),
        },
        ::forma_core::schema::Property {
            name: "NotificationArns",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^arn:aws[a-z\\-]*:sns:[a-z0-9\\-]+:[0-9]{12}:[a-zA-Z0-9\\-_]+$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "PathId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "PathName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProductId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProductName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProvisionedProductName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProvisioningArtifactId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProvisioningArtifactName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ProvisioningParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PROVISIONING_PARAMETER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ProvisioningPreferences",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROVISIONING_PREFERENCES_TYPE),
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
    attributes: &["RecordId", "CloudformationStackArn", "Outputs", "ProvisionedProductId"],
};

static PROVISIONING_PARAMETER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ServiceCatalog::CloudFormationProvisionedProduct.ProvisioningParameter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(4096),
            }),
        },
    ],
    rules: &[],
};

static PROVISIONING_PREFERENCES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ServiceCatalog::CloudFormationProvisionedProduct.ProvisioningPreferences",
    properties: &[
        ::forma_core::schema::Property {
            name: "StackSetAccounts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[0-9]{12}$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "StackSetFailureToleranceCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "StackSetFailureTolerancePercentage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "StackSetMaxConcurrencyCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "StackSetMaxConcurrencyPercentage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(100.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "StackSetOperationType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CREATE", "UPDATE", "DELETE"]),
        },
        ::forma_core::schema::Property {
            name: "StackSetRegions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-z]{2}-([a-z]+-)+[1-9]"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ServiceCatalog::CloudFormationProvisionedProduct.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
