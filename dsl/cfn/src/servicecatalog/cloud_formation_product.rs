// @generated from AWS::ServiceCatalog::CloudFormationProduct (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ServiceCatalog::CloudFormationProduct` and its property types.

/// Resource type definition for AWS::ServiceCatalog::CloudFormationProduct
///
/// CloudFormation type `AWS::ServiceCatalog::CloudFormationProduct`.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudFormationProduct {
    props: ::forma_core::schema::Props,
}
impl CloudFormationProduct {
    /// A new resource with its required properties: `Name`, `Owner`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        owner: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, owner.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The language code.
    ///
    /// Allowed: length 0 to 100.
    #[track_caller]
    pub fn accept_language(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of the product.
    ///
    /// Allowed: length 0 to 8191.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The distributor of the product.
    ///
    /// Allowed: length 0 to 8191.
    #[track_caller]
    pub fn distributor(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The type of product.
    #[track_caller]
    pub fn product_type(mut self, value: impl ::forma_core::schema::EnumArg<ProductType>) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The configuration of the provisioning artifact (also known as a version).
    #[track_caller]
    pub fn provisioning_artifact_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ProvisioningArtifactProperties>>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// This property is turned off by default.
    #[track_caller]
    pub fn replace_provisioning_artifacts(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A top level ProductViewDetail response containing details about the product's connection.
    #[track_caller]
    pub fn source_connection(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SourceConnection>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The support information about the product.
    ///
    /// Allowed: length 0 to 8191.
    #[track_caller]
    pub fn support_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The contact email for product support.
    ///
    /// Allowed: length 0 to 254.
    #[track_caller]
    pub fn support_email(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The contact URL for product support.
    ///
    /// Allowed: length 0 to 2083.
    #[track_caller]
    pub fn support_url(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// One or more tags.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for CloudFormationProduct {
    type Attributes = CloudFormationProductAttributes;
    fn type_name(&self) -> &str {
        "AWS::ServiceCatalog::CloudFormationProduct"
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
/// The attributes of a `AWS::ServiceCatalog::CloudFormationProduct` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CloudFormationProductAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CloudFormationProductAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CloudFormationProductAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `ProvisioningArtifactIds`.
    pub fn provisioning_artifact_ids(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ProvisioningArtifactIds")
    }
    /// `Fn::GetAtt` `ProvisioningArtifactNames`.
    pub fn provisioning_artifact_names(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ProvisioningArtifactNames")
    }
    /// `Fn::GetAtt` `ProductName`.
    pub fn product_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ProductName")
    }
}

/// The values CloudFormation documents: `CLOUD_FORMATION_TEMPLATE`, `MARKETPLACE_AMI`, `MARKETPLACE_CAR`, `TERRAFORM_OPEN_SOURCE`, `TERRAFORM_CLOUD`, `EXTERNAL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ProductType {
    /// `CLOUD_FORMATION_TEMPLATE`
    CloudFormationTemplate,
    /// `MARKETPLACE_AMI`
    MarketplaceAmi,
    /// `MARKETPLACE_CAR`
    MarketplaceCar,
    /// `TERRAFORM_OPEN_SOURCE`
    TerraformOpenSource,
    /// `TERRAFORM_CLOUD`
    TerraformCloud,
    /// `EXTERNAL`
    External,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ProductType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CloudFormationTemplate => "CLOUD_FORMATION_TEMPLATE",
            Self::MarketplaceAmi => "MARKETPLACE_AMI",
            Self::MarketplaceCar => "MARKETPLACE_CAR",
            Self::TerraformOpenSource => "TERRAFORM_OPEN_SOURCE",
            Self::TerraformCloud => "TERRAFORM_CLOUD",
            Self::External => "EXTERNAL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "CLOUD_FORMATION_TEMPLATE",
            "MARKETPLACE_AMI",
            "MARKETPLACE_CAR",
            "TERRAFORM_OPEN_SOURCE",
            "TERRAFORM_CLOUD",
            "EXTERNAL",
        ]
    }
}
impl ::std::convert::From<ProductType> for ::forma_core::Value<ProductType> {
    fn from(v: ProductType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ProductType {}

/// The values CloudFormation documents: `CLOUD_FORMATION_TEMPLATE`, `MARKETPLACE_AMI`, `MARKETPLACE_CAR`, `TERRAFORM_OPEN_SOURCE`, `TERRAFORM_CLOUD`, `EXTERNAL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `CLOUD_FORMATION_TEMPLATE`
    CloudFormationTemplate,
    /// `MARKETPLACE_AMI`
    MarketplaceAmi,
    /// `MARKETPLACE_CAR`
    MarketplaceCar,
    /// `TERRAFORM_OPEN_SOURCE`
    TerraformOpenSource,
    /// `TERRAFORM_CLOUD`
    TerraformCloud,
    /// `EXTERNAL`
    External,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CloudFormationTemplate => "CLOUD_FORMATION_TEMPLATE",
            Self::MarketplaceAmi => "MARKETPLACE_AMI",
            Self::MarketplaceCar => "MARKETPLACE_CAR",
            Self::TerraformOpenSource => "TERRAFORM_OPEN_SOURCE",
            Self::TerraformCloud => "TERRAFORM_CLOUD",
            Self::External => "EXTERNAL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "CLOUD_FORMATION_TEMPLATE",
            "MARKETPLACE_AMI",
            "MARKETPLACE_CAR",
            "TERRAFORM_OPEN_SOURCE",
            "TERRAFORM_CLOUD",
            "EXTERNAL",
        ]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The `ProvisioningArtifactProperties` property type of `AWS::ServiceCatalog::CloudFormationProduct`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProvisioningArtifactProperties {
    props: ::forma_core::schema::Props,
}
impl ProvisioningArtifactProperties {
    /// A new value with its required properties: `Info`.
    pub fn new(info: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, info.into().into_expr());
        Self { props }
    }
    /// The description of the provisioning artifact, including how it differs from the previous provisioning artifact.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// If set to true, AWS Service Catalog stops validating the specified provisioning artifact even if it is invalid.
    pub fn disable_template_validation(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The name of the provisioning artifact (for example, v1 v2beta).
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The type of provisioning artifact.
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<ProvisioningArtifactProperties> for ::forma_core::Value<ProvisioningArtifactProperties> {
    fn from(v: ProvisioningArtifactProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROVISIONING_ARTIFACT_PROPERTIES_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CODESTAR`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SourceConnectionType {
    /// `CODESTAR`
    Codestar,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SourceConnectionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Codestar => "CODESTAR",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CODESTAR"]
    }
}
impl ::std::convert::From<SourceConnectionType> for ::forma_core::Value<SourceConnectionType> {
    fn from(v: SourceConnectionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SourceConnectionType {}

/// The `SourceConnection` property type of `AWS::ServiceCatalog::CloudFormationProduct`.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceConnection {
    props: ::forma_core::schema::Props,
}
impl SourceConnection {
    /// A new value with its required properties: `ConnectionParameters`, `Type`.
    pub fn new(
        connection_parameters: impl ::std::convert::Into<::forma_core::Value<SourceConnectionConnectionParameters>>,
        type_: impl ::forma_core::schema::EnumArg<SourceConnectionType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, connection_parameters.into().into_expr());
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<SourceConnection> for ::forma_core::Value<SourceConnection> {
    fn from(v: SourceConnection) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOURCE_CONNECTION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::ServiceCatalog::CloudFormationProduct`.
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

/// The connection details based on the connection Type.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceConnectionConnectionParameters {
    props: ::forma_core::schema::Props,
}
impl SourceConnectionConnectionParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CodeStar`.
    pub fn code_star(mut self, value: impl ::std::convert::Into<::forma_core::Value<CodeStarParameters>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SourceConnectionConnectionParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SourceConnectionConnectionParameters>
    for ::forma_core::Value<SourceConnectionConnectionParameters>
{
    fn from(v: SourceConnectionConnectionParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOURCE_CONNECTION_CONNECTION_PARAMETERS_TYPE.properties))
    }
}

/// The `CodeStarParameters` property type of `AWS::ServiceCatalog::CloudFormationProduct`.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeStarParameters {
    props: ::forma_core::schema::Props,
}
impl CodeStarParameters {
    /// A new value with its required properties: `ArtifactPath`, `Branch`, `ConnectionArn`, `Repository`.
    pub fn new(
        artifact_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        branch: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        connection_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        repository: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, artifact_path.into().into_expr());
        props.set(1, branch.into().into_expr());
        props.set(2, connection_arn.into().into_expr());
        props.set(3, repository.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CodeStarParameters> for ::forma_core::Value<CodeStarParameters> {
    fn from(v: CodeStarParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CODE_STAR_PARAMETERS_TYPE.properties))
    }
}

/// The schema of `AWS::ServiceCatalog::CloudFormationProduct`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ServiceCatalog::CloudFormationProduct",
    properties: &[
        ::forma_core::schema::Property {
            name: "AcceptLanguage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(8191),
            }),
        },
        ::forma_core::schema::Property {
            name: "Distributor",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(8191),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(8191),
            }),
        },
        ::forma_core::schema::Property {
            name: "Owner",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(8191),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProductType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "CLOUD_FORMATION_TEMPLATE",
                "MARKETPLACE_AMI",
                "MARKETPLACE_CAR",
                "TERRAFORM_OPEN_SOURCE",
                "TERRAFORM_CLOUD",
                "EXTERNAL",
            ]),
        },
        ::forma_core::schema::Property {
            name: "ProvisioningArtifactParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PROVISIONING_ARTIFACT_PROPERTIES_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ReplaceProvisioningArtifacts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "SourceConnection",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SOURCE_CONNECTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SupportDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(8191),
            }),
        },
        ::forma_core::schema::Property {
            name: "SupportEmail",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(254),
            }),
        },
        ::forma_core::schema::Property {
            name: "SupportUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(2083),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(20) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Id", "ProvisioningArtifactIds", "ProvisioningArtifactNames", "ProductName"],
};

static PROVISIONING_ARTIFACT_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ServiceCatalog::CloudFormationProduct.ProvisioningArtifactProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DisableTemplateValidation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Info",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "CLOUD_FORMATION_TEMPLATE",
                "MARKETPLACE_AMI",
                "MARKETPLACE_CAR",
                "TERRAFORM_OPEN_SOURCE",
                "TERRAFORM_CLOUD",
                "EXTERNAL",
            ]),
        },
    ],
    rules: &[],
};

static SOURCE_CONNECTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ServiceCatalog::CloudFormationProduct.SourceConnection",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectionParameters",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SOURCE_CONNECTION_CONNECTION_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CODESTAR"]),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ServiceCatalog::CloudFormationProduct.Tag",
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

static SOURCE_CONNECTION_CONNECTION_PARAMETERS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ServiceCatalog::CloudFormationProduct.SourceConnectionConnectionParameters",
        properties: &[::forma_core::schema::Property {
            name: "CodeStar",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CODE_STAR_PARAMETERS_TYPE),
        }],
        rules: &[],
    };

static CODE_STAR_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::ServiceCatalog::CloudFormationProduct.CodeStarParameters",
properties: &[
::forma_core::schema::Property { name: "ArtifactPath", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(4096) }) },
::forma_core::schema::Property { name: "Branch", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(250) }) },
::forma_core::schema::Property { name: "ConnectionArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[a-z0-9][-.a-z0-9]{0,62}:codestar-connections:([a-z0-9][-.a-z0-9]{0,62})?:([a-z0-9][-.a-z0-9]{0,62})?:[^/].{0,1023}$"), min_length: Some(1), max_length: Some(1224) }) },
::forma_core::schema::Property { name: "Repository", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(100) }) },
],
rules: &[],
};
